using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Platform.Modules.Http;
using Platform.Modules.Video.Daily;
using Platform.Modules.Video.Hms;
using Platform.Modules.Video.Jitsi;

namespace Platform.Modules.Video;

public static class VideoProvidersRegistration
{
    /// <summary>
    /// Registers the video services (Jitsi, 100ms, Daily): their settings, HTTP clients (retrying a 429 or 503 with a
    /// Retry-After) and providers. All three are always there; each organization picks one by <see cref="IVideoProvider.Kind"/>.
    /// </summary>
    public static IHostApplicationBuilder AddVideoProviders(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddTransient<RetryAfterHandler>();
        services.AddValidatedOptions<JitsiOptions>(JitsiOptions.Section);
        services.AddValidatedOptions<HmsOptions>(HmsOptions.Section);
        services.AddValidatedOptions<DailyOptions>(DailyOptions.Section);

        services.AddHttpClient(HmsVideoProvider.HttpClientName, (provider, client) =>
                client.BaseAddress = VideoHttp.BaseAddress(provider.GetRequiredService<IOptions<HmsOptions>>().Value.ApiBase))
            .AddHttpMessageHandler<RetryAfterHandler>();
        services.AddHttpClient(DailyVideoProvider.HttpClientName, (provider, client) =>
                client.BaseAddress = VideoHttp.BaseAddress(provider.GetRequiredService<IOptions<DailyOptions>>().Value.ApiBase))
            .AddHttpMessageHandler<RetryAfterHandler>();

        services.AddSingleton<IVideoProvider, JitsiVideoProvider>();
        services.AddSingleton<IVideoProvider, HmsVideoProvider>();
        services.AddSingleton<IVideoProvider, DailyVideoProvider>();
        return builder;
    }
}
