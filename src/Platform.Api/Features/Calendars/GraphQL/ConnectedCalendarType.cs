using GraphQL.Types;

namespace Platform.Api.Features.Calendars.GraphQL;

/// <summary>One calendar of a connected account, with the connection's choices about it.</summary>
public sealed record ConnectedCalendar(string Id, string Name, bool Primary, bool CanWrite, bool BlocksTime, bool ReceivesBookings);

public sealed class ConnectedCalendarType : ObjectGraphType<ConnectedCalendar>
{
    public ConnectedCalendarType()
    {
        Name = "ConnectedCalendar";
        Description = "A calendar of a connected account: whether its events block time, and whether bookings are written to it.";
        Field(c => c.Id).Description("The service's calendar id (pass it to setCalendarSelection).");
        Field(c => c.Name);
        Field(c => c.Primary).Description("The account's main calendar.");
        Field(c => c.CanWrite).Description("Whether bookings can be written to it.");
        Field(c => c.BlocksTime).Description("Its events make the provider busy.");
        Field(c => c.ReceivesBookings).Description("Confirmed bookings are written to it.");
    }
}
