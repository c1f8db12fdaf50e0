using Microsoft.Extensions.Hosting;

namespace Platform.Modules.Calendars.Microsoft;

public static class MicrosoftCalendarRegistration
{
    /// <summary>Registers the module (its settings, HTTP client and provider). Filled in by the module's issue-16 work.</summary>
    public static IHostApplicationBuilder AddMicrosoftCalendar(this IHostApplicationBuilder builder) => builder;
}
