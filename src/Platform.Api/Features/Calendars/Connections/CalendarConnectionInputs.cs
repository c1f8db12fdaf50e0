using Platform.Modules.Calendars;

namespace Platform.Api.Features.Calendars.Connections;

// The inputs of the calendar connection mutations.

/// <summary>
/// Starts OAuth consent for <paramref name="Kind"/> (Google or Microsoft); <paramref name="ProviderId"/> defaults to the caller's.
/// </summary>
public sealed record ConnectCalendarInput(CalendarKind Kind, string? ProviderId);

/// <summary>A read-only ICS subscription (its secret URL) for a provider.</summary>
public sealed record AddIcsCalendarInput(string Url, string? Name, string? ProviderId);

public sealed record CalendarConnectionIdInput(string ConnectionId);

/// <summary>Which calendars block time, and which one receives bookings (empty: none).</summary>
public sealed record SetCalendarSelectionInput(string ConnectionId, IReadOnlyList<string> BusyCalendarIds, string? BookingCalendarId);
