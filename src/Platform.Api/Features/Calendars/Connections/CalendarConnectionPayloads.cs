using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Calendars.Connections;

// The results of the calendar connection mutations.

/// <summary><paramref name="ConsentUrl"/>: where to send the provider's browser to consent (valid for a few minutes, once).</summary>
public sealed record ConnectCalendarPayload(CalendarConnection? Connection, string? ConsentUrl) : Payload;

public sealed record CalendarConnectionPayload(CalendarConnection? Connection) : Payload;

public sealed record DisconnectCalendarPayload(string? DisconnectedConnectionId) : Payload;
