using System.Text.Json;
using Platform.Modules.Calendars;

namespace Platform.Api.Features.Calendars.Domain;

/// <summary>A connection's calendars as stored (JSON), and the defaults a new connection starts with.</summary>
public static class CalendarList
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(IReadOnlyList<ExternalCalendar> calendars) => JsonSerializer.Serialize(calendars, Json);

    public static IReadOnlyList<ExternalCalendar> Parse(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<List<ExternalCalendar>>(json, Json) ?? [];

    /// <summary>The main calendar blocks time and receives bookings (when writable); others are off until chosen.</summary>
    public static (List<string> Busy, string? Bookings) Defaults(IReadOnlyList<ExternalCalendar> calendars)
    {
        var primary = calendars.FirstOrDefault(c => c.Primary) ?? (calendars.Count > 0 ? calendars[0] : null);
        return primary is null ? ([], null) : ([primary.Id], primary.CanWrite ? primary.Id : null);
    }
}
