using Microsoft.Extensions.Hosting;

namespace Platform.Modules.Calendars.Ics;

public static class IcsCalendarRegistration
{
    /// <summary>Registers the module (its settings, HTTP client and provider). Filled in by the module's issue-16 work.</summary>
    public static IHostApplicationBuilder AddIcsCalendar(this IHostApplicationBuilder builder) => builder;
}
