using GraphQL.Types;
using Platform.Api.Features.Calendars.Connections;

namespace Platform.Api.Features.Calendars.GraphQL;

// The input types of the calendar mutations (small, and only meaningful together).

public sealed class ConnectCalendarInputType : InputObjectGraphType<ConnectCalendarInput>
{
    public ConnectCalendarInputType()
    {
        Name = "ConnectCalendarInput";
        Field<NonNullGraphType<CalendarKindEnum>>("kind").Description("GOOGLE or MICROSOFT.");
        Field<IdGraphType>("providerId").Description("Whose calendar; the caller's own when omitted (administrators may name anyone).");
    }
}

public sealed class AddIcsCalendarInputType : InputObjectGraphType<AddIcsCalendarInput>
{
    public AddIcsCalendarInputType()
    {
        Name = "AddIcsCalendarInput";
        Field<NonNullGraphType<StringGraphType>>("url").Description("The calendar's secret ICS address (https:// or webcal://).");
        Field<StringGraphType>("name").Description("A name to tell it apart, such as \"iCloud\".");
        Field<IdGraphType>("providerId").Description("Whose calendar; the caller's own when omitted.");
    }
}

public sealed class CalendarConnectionIdInputType : InputObjectGraphType<CalendarConnectionIdInput>
{
    public CalendarConnectionIdInputType()
    {
        Name = "CalendarConnectionIdInput";
        Field<NonNullGraphType<IdGraphType>>("connectionId");
    }
}

public sealed class SetCalendarSelectionInputType : InputObjectGraphType<SetCalendarSelectionInput>
{
    public SetCalendarSelectionInputType()
    {
        Name = "SetCalendarSelectionInput";
        Field<NonNullGraphType<IdGraphType>>("connectionId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("busyCalendarIds")
            .Description("The calendars whose events block time (ids from CalendarConnection.calendars).");
        Field<StringGraphType>("bookingCalendarId").Description("The calendar bookings are written to; empty or null: none.");
    }
}
