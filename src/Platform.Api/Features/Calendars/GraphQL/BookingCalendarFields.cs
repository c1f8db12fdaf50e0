using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Features.Bookings.GraphQL;
using Platform.Api.Features.Bookings.GraphQL.Types;
using Platform.Api.Features.Bookings.Queries;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Calendars.GraphQL;

/// <summary>What calendars add to <c>Booking</c>: outside events flagged over it, for staff and its host.</summary>
internal sealed class BookingCalendarFields : IBookingFieldContributor
{
    public void AddFields(BookingType booking)
    {
        booking.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CalendarConflictType>>>>("calendarConflicts")
            .Description("Outside calendar events that appeared over it after it was confirmed (oldest first); empty for "
                + "customers. " + BookingType.LoadedApart)
            .WithComplexityImpact(1, 3)
            .Resolve(c =>
            {
                var caller = c.Caller();
                var db = c.Db();
                return c.Loaders().GetOrAdd<Guid, List<CalendarConflict>>("calendar-conflicts", async (ids, ct) =>
                {
                    var provider = await c.RequestServices!.GetRequiredService<BookingAccess>().OwnProviderIdAsync(caller, ct);
                    var rows = (await db.CalendarConflicts.AsNoTracking().Where(x => ids.Contains(x.BookingId))
                            .Join(db.Bookings, x => x.BookingId, b => b.Id, (x, b) => new { Conflict = x, b.ProviderId })
                            .OrderBy(x => x.Conflict.DetectedAt).ToListAsync(ct))
                        .Where(x => BookingAccess.SeesAll(caller) || x.ProviderId == provider)
                        .ToLookup(x => x.Conflict.BookingId, x => x.Conflict);
                    return ids.ToDictionary(id => id, id => rows[id].ToList());
                }).Load(c.Source.Id);
            });
    }
}
