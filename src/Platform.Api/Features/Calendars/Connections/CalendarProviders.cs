using Platform.Modules.Calendars;

namespace Platform.Api.Features.Calendars.Connections;

/// <summary>The calendar modules registered (Google, Microsoft), found by kind.</summary>
public sealed class CalendarProviders(IEnumerable<ICalendarProvider> modules)
{
    private readonly Dictionary<CalendarKind, ICalendarProvider> _byKind = modules.ToDictionary(m => m.Kind);

    public ICalendarProvider? Find(CalendarKind kind) => _byKind.GetValueOrDefault(kind);

    public ICalendarProvider Get(CalendarKind kind) =>
        Find(kind) ?? throw new InvalidOperationException($"No calendar module for {kind}.");
}
