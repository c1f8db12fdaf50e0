using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Calendars.Connections;

/// <summary>Connections' global ids (<c>CalendarConnection:…</c>).</summary>
public static class CalendarConnectionIds
{
    public const string TypeName = "CalendarConnection";

    public static string Of(Guid id) => GlobalId.Encode(TypeName, id);

    public static Guid? Parse(string? id) => GlobalId.TryDecode(id, TypeName);
}
