using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Platform.Modules.Http;

namespace Platform.Modules.Calendars.Google;

public static class GoogleCalendarRegistration
{
    /// <summary>Registers the module: its settings, its HTTP client (which waits out Retry-After) and the provider.</summary>
    public static IHostApplicationBuilder AddGoogleCalendar(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<GoogleCalendarOptions>(GoogleCalendarOptions.Section);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpClient(GoogleCalendarProvider.HttpClientName).AddHttpMessageHandler<RetryAfterHandler>();
        builder.Services.AddSingleton<ICalendarProvider, GoogleCalendarProvider>();
        return builder;
    }
}
