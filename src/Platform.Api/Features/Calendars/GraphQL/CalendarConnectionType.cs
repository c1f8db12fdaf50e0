using GraphQL.Types;
using Microsoft.Extensions.Options;
using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.Features.Calendars.Connections;
using Platform.Api.Features.Calendars.Domain;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Calendars.GraphQL;

public sealed class CalendarConnectionType : ObjectGraphType<CalendarConnection>
{
    public CalendarConnectionType()
    {
        Name = "CalendarConnection";
        Description = "A provider's outside calendar (docs/providers.md): its busy times block slots, and bookings are written to it.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => CalendarConnectionIds.Of(c.Source.Id));
        Field<NonNullGraphType<IdGraphType>>("providerId").Resolve(c => GlobalId.Encode(ProviderType.TypeName, c.Source.ProviderId));
        Field<NonNullGraphType<CalendarKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<CalendarConnectionStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field<StringGraphType>("accountEmail").Description("The connected account (or the name given to an ICS feed).")
            .Resolve(c => c.Source.AccountEmail);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConnectedCalendarType>>>>("calendars")
            .Resolve(c => CalendarList.Parse(c.Source.Calendars).Select(cal => new ConnectedCalendar(cal.Id, cal.Name, cal.Primary,
                cal.CanWrite, c.Source.BusyCalendarIds.Contains(cal.Id), c.Source.BookingCalendarId == cal.Id)).ToList());
        Field<DateTimeOffsetGraphType>("lastSyncedAt").Description("The last sync that succeeded; null before the first.")
            .Resolve(c => c.Source.LastSyncedAt);
        Field<NonNullGraphType<BooleanGraphType>>("stale")
            .Description("True when the busy times are older than they should be (the service is unreachable, or the connection broke): "
                + "the last known busy times still block.")
            .Resolve(c =>
            {
                var limit = c.RequestServices!.GetRequiredService<IOptions<CalendarsOptions>>().Value.StaleAfterSeconds;
                var now = c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow();
                return c.Source.Status != CalendarConnectionStatus.Active
                    || (c.Source.LastSyncedAt ?? c.Source.CreatedAt) < now.AddSeconds(-limit)
                    || (c.Source.LastSyncedAt is null && c.Source.LastError is not null);
            });
        Field<StringGraphType>("lastError").Description("Why the last sync failed; null when it worked.").Resolve(c => c.Source.LastError);
        Field<DateTimeOffsetGraphType>("brokenAt").Resolve(c => c.Source.BrokenAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
    }
}
