using Microsoft.EntityFrameworkCore;
using NodaTime;
using Platform.Api.Data;
using Platform.Api.Features.Availability.Domain;
using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.Features.Availability.Slots;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Bookings.GraphQL;
using Platform.Api.Features.Bookings.Lifecycle;
using Platform.Api.Features.Bookings.Reschedule;
using Platform.Api.Features.Offerings.GraphQL;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;
using Platform.Tenancy;

namespace Platform.Api.Features.Notifications.SelfService;

/// <summary>
/// What a self-service link may do, as the booking's customer and through the booking feature's own services, so the
/// rules (state machine, refund terms, reschedule cut-off, payments) are exactly those of cancelBooking and rescheduleBooking.
/// </summary>
public sealed class SelfServiceBookings(
    PlatformDbContext db,
    ICurrentTenant currentTenant,
    SelfServiceLinks links,
    LifecycleService lifecycle,
    RescheduleService reschedule,
    SlotService slots,
    TimeProvider clock)
{
    /// <summary>How far ahead the reschedule page offers slots.</summary>
    public const int RescheduleDays = 14;

    public const int MaxSlotsShown = 100;

    /// <summary>The booking a token opens here, or null (unknown, tampered, expired, another organization's).</summary>
    public async Task<ManagedBooking?> FindAsync(string token, CancellationToken cancellationToken)
    {
        if (currentTenant.Tenant is not { } tenant || links.BookingOf(token, tenant.Id) is not { } id) return null;
        var booking = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (booking is null) return null;
        var offering = await db.Offerings.AsNoTracking().Where(o => o.Id == booking.OfferingId).Select(o => o.Name)
            .SingleOrDefaultAsync(cancellationToken);
        var provider = await (
            from p in db.Providers.AsNoTracking()
            join m in db.Memberships.AsNoTracking() on p.MembershipId equals m.Id
            join u in db.Users.AsNoTracking() on m.UserId equals u.Id
            where p.Id == booking.ProviderId
            select u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var refund = RefundRule.For(BookingAction.Cancel, BookingActor.Customer, booking.Status, booking.PaymentStatus,
            booking.PriceAmount, booking.Currency, LifecycleService.PolicyOf(booking), Instant.FromDateTimeOffset(booking.StartsAt), now);
        var facts = LifecycleService.FactsOf(booking);
        var refusal = BookingStateMachine.Check(facts, BookingAction.Cancel, BookingActor.Customer, now);
        var immovable = BookingStateMachine.Check(facts, BookingAction.Reschedule, BookingActor.Customer, now);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(tenant.TimeZone) ?? DateTimeZone.Utc;
        return new ManagedBooking(
            tenant, booking, offering ?? "Booking", provider ?? "", zone, refund, refusal?.Message, immovable?.Message);
    }

    public async Task<BookingPayload> CancelAsync(ManagedBooking managed, CancellationToken cancellationToken) =>
        await lifecycle.ApplyAsync(managed.Booking, BookingAction.Cancel, BookingActor.Customer, managed.Booking.CustomerUserId,
            "Cancelled through the link in an email.", cancellationToken);

    /// <summary>Open starts with the same provider and length in the next <see cref="RescheduleDays"/> days, soonest first.</summary>
    public async Task<IReadOnlyList<Slot>> OpenSlotsAsync(ManagedBooking managed, CancellationToken cancellationToken)
    {
        var booking = managed.Booking;
        var today = Instant.FromDateTimeOffset(clock.GetUtcNow()).InZone(managed.Zone).Date;
        var search = new SlotSearch(
            GlobalId.Encode(OfferingType.TypeName, booking.OfferingId),
            GlobalId.Encode(ProviderType.TypeName, booking.ProviderId),
            today.ToDateOnly(),
            today.PlusDays(RescheduleDays).ToDateOnly(),
            null)
        {
            DurationMinutes = (int)(booking.EndsAt - booking.StartsAt).TotalMinutes,
            Seats = booking.Seats,
        };
        var found = await slots.FindAsync(search, managed.Tenant.TimeZone, cancellationToken);
        var current = Instant.FromDateTimeOffset(booking.StartsAt);
        return [.. found.Slots.Where(s => s.Start != current).Take(MaxSlotsShown)];
    }

    public async Task<BookingPayload> RescheduleAsync(ManagedBooking managed, DateTimeOffset newStart, CancellationToken cancellationToken)
    {
        var caller = new PlatformUserContext { Tenant = managed.Tenant, UserId = managed.Booking.CustomerUserId };
        return await reschedule.RescheduleAsCustomerAsync(caller, managed.Booking.Id, newStart,
            "Moved through the link in an email.", cancellationToken);
    }
}
