using Microsoft.EntityFrameworkCore;
using NodaTime;
using Platform.Api.Data;
using Platform.Api.Features.Bookings.Data;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Bookings.Expiry;
using Platform.Api.Features.Bookings.Holds;
using Platform.Api.Features.Bookings.Settings;
using Platform.Api.Features.Notifications;
using Platform.Api.Features.Notifications.Outbox;
using Platform.Api.Features.Pricing;
using Platform.Tenancy;

namespace Platform.Api.Features.Bookings.Waitlists;

/// <summary>
/// Hands freed seats of a group occurrence to its waitlist, first come first served: the earliest
/// waiting customer whose seats fit gets a hold with its own expiry (the organization's waitlist
/// offer time), then the next, until the seats run out. When an offer lapses, its seats come back
/// here and go to the next in line. Runs in its own transaction under the occurrence's lock.
/// </summary>
public sealed class WaitlistPromoter(
    PlatformDbContext db,
    ICurrentTenant currentTenant,
    BookingCustomers customers,
    BookingSettingsService settings,
    PricingService pricing,
    HoldWriter writer,
    TimeProvider clock,
    ILogger<WaitlistPromoter> logger
)
{
    public const int MaxOffersPerRun = 100;

    /// <summary>Offers the free seats of <paramref name="occurrenceId"/>; returns how many offers were made.</summary>
    public async Task<int> PromoteAsync(Guid occurrenceId, CancellationToken cancellationToken)
    {
        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("No organization resolved.");
        var now = clock.GetDatabaseNow();
        if (
            !await db.WaitlistEntries.AnyAsync(e => e.OccurrenceId == occurrenceId && e.Status == WaitlistStatus.Waiting, cancellationToken)
        )
            return 0;
        var occurrence = await db.GroupOccurrences.AsNoTracking().SingleAsync(o => o.Id == occurrenceId, cancellationToken);
        if (occurrence.StartsAt <= now)
            return await CloseAsync(occurrenceId, now, cancellationToken);

        var offering = await db.Offerings.AsNoTracking().SingleAsync(o => o.Id == occurrence.OfferingId, cancellationToken);
        var policy = await settings.GetAsync(cancellationToken);
        var offers = 0;

        await using var transaction = await db.BeginBookingTransactionAsync(cancellationToken);
        // The same order as every writer: the provider's calendar, then the occurrence.
        await db.LockProviderCalendarAsync(tenantId, occurrence.ProviderId, cancellationToken);
        await db.LockOccurrenceAsync(occurrenceId, cancellationToken);
        await db.ExpireDueAsync(tenantId, new ExpiryScope { OccurrenceId = occurrenceId }, now, cancellationToken);
        var taken = await db
            .Bookings.Where(b => b.OccurrenceId == occurrenceId)
            .Where(BookingOccupancy.OccupiesAt(now))
            .SumAsync(b => b.Seats, cancellationToken);
        var left = offering.Capacity - taken;
        var queue = await db
            .WaitlistEntries.Where(e => e.OccurrenceId == occurrenceId && e.Status == WaitlistStatus.Waiting)
            .OrderBy(e => e.CreatedAt)
            .ThenBy(e => e.Id)
            .Take(MaxOffersPerRun)
            .ToListAsync(cancellationToken);

        foreach (var entry in queue)
        {
            if (left <= 0)
                break;
            if (entry.Seats > left)
                continue;
            var roles = await customers.RolesOfAsync(entry.CustomerUserId, cancellationToken);
            var start = Instant.FromDateTimeOffset(occurrence.StartsAt);
            var quote = await pricing.QuoteForRolesAsync(offering, roles, entry.Seats, start, cancellationToken);
            if (quote.Quote is not { } priced)
            {
                // No longer for sale to this customer (their role changed): they cannot be offered anything.
                entry.Status = WaitlistStatus.Lapsed;
                entry.ResolvedAt = now;
                // Saved now, outside the next offer's savepoint, which a failed offer rolls back.
                await db.SaveChangesAsync(cancellationToken);
                continue;
            }

            var request = HoldService.Shape(
                new NewBooking
                {
                    Offering = offering,
                    ProviderId = occurrence.ProviderId,
                    Start = start,
                    Length = Duration.FromMinutes(entry.DurationMinutes),
                    Seats = entry.Seats,
                    Participants = entry.Participants,
                    Customer = new BookingCustomer(entry.CustomerUserId, null, null, roles),
                    Price = priced.Price,
                    Status = BookingStatus.Held,
                    ForWaitlist = true,
                    Actor = BookingActor.System,
                    Reason = "Seats freed up; offered to the first in the waitlist.",
                },
                null,
                policy,
                now
            );
            var (booking, error) = await writer.WriteAsync(request, tenantId, now, savepoint: true, cancellationToken);
            if (booking is null)
            {
                logger.LogInformation("Waitlist offer for occurrence {Occurrence} not written: {Code}", occurrenceId, error?.Code);
                break;
            }
            entry.Status = WaitlistStatus.Offered;
            entry.OfferedBookingId = booking.Id;
            entry.OfferedAt = now;
            db.OutboxEvents.Add(Outbox.New(tenantId, OutboxEventTypes.WaitlistOffered, now,
                new WaitlistOfferData(entry.Id, booking.Id, entry.CustomerUserId, booking.HoldExpiresAt ?? now), booking.Id));
            left -= entry.Seats;
            offers++;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return offers;
    }

    /// <summary>The occurrence has started: whoever still waits will not get in.</summary>
    private async Task<int> CloseAsync(Guid occurrenceId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db
            .WaitlistEntries.Where(e => e.OccurrenceId == occurrenceId && e.Status == WaitlistStatus.Waiting)
            .ExecuteUpdateAsync(
                u => u.SetProperty(e => e.Status, WaitlistStatus.Closed).SetProperty(e => e.ResolvedAt, now),
                cancellationToken
            );
        return 0;
    }
}
