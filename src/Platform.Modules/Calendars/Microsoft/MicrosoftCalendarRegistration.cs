using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Platform.Modules.Calendars.Microsoft;

public static class MicrosoftCalendarRegistration
{
    /// <summary>The client for the identity platform's token endpoint (Graph calls use the SDK's own pipeline).</summary>
    public const string TokenHttpClientName = "MicrosoftCalendar.Token";

    /// <summary>Registers the module: its settings, the token endpoint's HTTP client and the provider.</summary>
    public static IHostApplicationBuilder AddMicrosoftCalendar(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<MicrosoftCalendarOptions>(MicrosoftCalendarOptions.Section);
        builder.Services.AddHttpClient(TokenHttpClientName);
        builder.Services.TryAddSingleton(TimeProvider.System);
        // Several calendar services are registered side by side; the platform picks one by its Kind.
        builder.Services.AddSingleton<ICalendarProvider, MicrosoftCalendarProvider>();
        return builder;
    }
}
