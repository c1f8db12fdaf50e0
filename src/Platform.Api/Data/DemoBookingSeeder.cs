using Microsoft.EntityFrameworkCore;
using NodaTime;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Bookings.Data;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Bookings.Holds;
using Platform.Api.Features.Bookings.Lifecycle;
using Platform.Api.Features.Pricing.Domain;

namespace Platform.Api.Data;

/// <summary>
/// Two intro calls for the demo customer, so myBookings, the provider's agenda and bookingStats show
/// something: one completed last weekday, one confirmed on the next weekday, both at 10:00 New York.
/// Written through the booking writer (constraint, events) when the demo has no bookings yet.
/// Called by <see cref="DemoSeeder"/> with the demo tenant already current.
/// </summary>
public sealed class DemoBookingSeeder(PlatformDbContext db, HoldWriter writer, TimeProvider clock)
{
    public async Task SeedAsync(Guid tenantId, Guid customerUserId, CancellationToken cancellationToken)
    {
        if (await db.Bookings.AnyAsync(cancellationToken)) return;
        var intro = await db.Offerings.AsNoTracking().SingleOrDefaultAsync(o => o.Name == "Intro call", cancellationToken);
        var provider = intro is null ? null
            : await db.OfferingProviders.AsNoTracking()
                .Where(l => l.OfferingId == intro.Id)
                .Select(l => (Guid?)l.ProviderId)
                .FirstOrDefaultAsync(cancellationToken);
        if (intro is null || provider is null) return;

        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var now = clock.GetDatabaseNow();
        var today = Instant.FromDateTimeOffset(now).InZone(zone).Date;
        await using var transaction = await db.BeginBookingTransactionAsync(cancellationToken);
        foreach (var (day, status) in new[] { (Weekday(today, -1), BookingStatus.Completed),
            (Weekday(today, +1), BookingStatus.Confirmed) })
        {
            var (booking, error) = await writer.WriteAsync(new NewBooking
            {
                Offering = intro,
                ProviderId = provider.Value,
                Start = day.At(new LocalTime(10, 0)).InZoneLeniently(zone).ToInstant(),
                Length = Duration.FromMinutes(intro.DurationsMinutes.Min()),
                Customer = new BookingCustomer(customerUserId, null, null, []),
                Price = new PriceQuote(PriceCalculator.PublicRole, 1, 0, 0, "USD", PriceBasis.PerSeat, null),
                Status = BookingStatus.Confirmed,
                Actor = BookingActor.Customer,
                ActorUserId = customerUserId,
            }, tenantId, now, savepoint: false, cancellationToken);
            if (booking is null) throw new InvalidOperationException($"Demo booking not written: {error?.Message}");
            if (status == BookingStatus.Completed)
            {
                db.BookingEvents.Add(BookingLog.Transition(booking, BookingStatus.Completed, BookingActor.Provider, null, "Demo data.",
                    now));
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The nearest Monday–Friday <paramref name="direction"/> days away (−1: before today, +1: after).</summary>
    private static LocalDate Weekday(LocalDate from, int direction)
    {
        var day = from.PlusDays(direction);
        while (day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) day = day.PlusDays(direction);
        return day;
    }
}
