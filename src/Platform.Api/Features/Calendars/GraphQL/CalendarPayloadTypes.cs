using GraphQL.Types;
using Platform.Api.Features.Calendars.Connections;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Calendars.GraphQL;

// The payload types of the calendar mutations.

public sealed class ConnectCalendarPayloadType : ObjectGraphType<ConnectCalendarPayload>
{
    public ConnectCalendarPayloadType()
    {
        Name = "ConnectCalendarPayload";
        Field<CalendarConnectionType>("connection").Description("The pending connection; ACTIVE once consent returns.")
            .Resolve(c => c.Source.Connection);
        Field<StringGraphType>("consentUrl")
            .Description("Open it in the provider's browser: the service asks for consent, then returns to the platform. Good once.")
            .Resolve(c => c.Source.ConsentUrl);
        this.AddUserErrors();
    }
}

public sealed class CalendarConnectionPayloadType : ObjectGraphType<CalendarConnectionPayload>
{
    public CalendarConnectionPayloadType()
    {
        Name = "CalendarConnectionPayload";
        Field<CalendarConnectionType>("connection").Resolve(c => c.Source.Connection);
        this.AddUserErrors();
    }
}

public sealed class DisconnectCalendarPayloadType : ObjectGraphType<DisconnectCalendarPayload>
{
    public DisconnectCalendarPayloadType()
    {
        Name = "DisconnectCalendarPayload";
        Field<IdGraphType>("disconnectedConnectionId").Resolve(c => c.Source.DisconnectedConnectionId);
        this.AddUserErrors();
    }
}
