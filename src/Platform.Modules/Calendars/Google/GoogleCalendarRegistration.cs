using Microsoft.Extensions.Hosting;

namespace Platform.Modules.Calendars.Google;

public static class GoogleCalendarRegistration
{
    /// <summary>Registers the module (its settings, HTTP client and provider). Filled in by the module's issue-16 work.</summary>
    public static IHostApplicationBuilder AddGoogleCalendar(this IHostApplicationBuilder builder) => builder;
}
