using GraphQL;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Availability.Slots;
using Platform.Api.Features.Bookings.Data;
using Platform.Api.Features.Offerings;
using Platform.Api.Features.Offerings.GraphQL;
using Platform.Api.GraphQL.Execution;
using Platform.Api.Realtime;
using Platform.Tenancy;

namespace Platform.Api.Features.Bookings.Live;

/// <summary>
/// slotsChanged(offeringId, from, to), for anyone (booking pages are public): a booking of this
/// offering, or any booking of one of its providers (their time is then taken for every offering),
/// touching [from, to) yields the new state of that time, computed once per event for every page.
/// </summary>
public sealed class SlotsChangedFeed(RealtimeHub hub, ICurrentTenant currentTenant, LiveLoads loads, TimeProvider clock)
{
    public async Task<IObservable<object?>> SubscribeAsync(IResolveFieldContext context)
    {
        var caller = context.Caller();
        if (caller.Tenant is not { } tenant)
            throw new ExecutionError("Subscribe at /t/{slug}/graphql or name the organization in connection_init.")
            {
                Code = "NO_ORGANIZATION",
            };
        var offeringId = BookingChangedFeed.Decode(context.GetArgument<string>("offeringId"), OfferingType.TypeName, "offering")!.Value;
        var from = context.GetArgument<DateTimeOffset>("from");
        var to = context.GetArgument<DateTimeOffset>("to");
        if (to <= from || (to - from).TotalDays > SlotService.MaxRangeDays)
            throw new ExecutionError($"Follow at most {SlotService.MaxRangeDays} days, 'to' after 'from'.") { Code = "INVALID_RANGE" };

        var db = context.Db();
        var offering = await db
            .Offerings.AsNoTracking()
            .Where(o => o.Id == offeringId && o.Status == OfferingStatus.Active)
            .Select(o => new
            {
                o.Id,
                o.Format,
                o.Capacity,
            })
            .SingleOrDefaultAsync(context.CancellationToken)
            ?? throw new ExecutionError("No such offering on sale here.") { Code = "NOT_FOUND" };
        var providers = (
            await db
                .OfferingProviders.AsNoTracking()
                .Where(l => l.OfferingId == offeringId)
                .Select(l => l.ProviderId)
                .ToListAsync(context.CancellationToken)
        ).ToHashSet();
        var isGroup = offering.Format == OfferingFormat.Group;

        async ValueTask<EventOutcome> SelectAsync(IReadOnlyList<RealtimeEvent> batch, CancellationToken cancellationToken)
        {
            if (batch[0] is BusyTimesChanged busy)
                return await BusyAsync(busy, offeringId, providers, (from, to), offering.Capacity, cancellationToken);
            if (batch[0] is not BookingChanged change)
                return EventOutcome.Skip;
            var touched = change.Touched.Where(t => change.OfferingId == offeringId || providers.Contains(t.ProviderId)).ToList();
            if (!touched.Any(t => t.StartsAt < to && t.EndsAt > from))
                return EventOutcome.Skip;
            // Shared by every page on this offering whatever its window; each keeps the times in its own.
            var all = await loads.SharedAsync(change, ("slots", offeringId), services =>
                StatesAsync(services.GetRequiredService<PlatformDbContext>(), offeringId, change, touched, isGroup, offering.Capacity)
            );
            return EventOutcome.Send(new SlotsChange(offeringId, [.. all!.Slots.Where(s => s.Start < to && s.End > from)]));
        }

        return new EventStream(hub, currentTenant, tenant.Id, null, SelectAsync);
    }

    /// <summary>
    /// Outside busy times of one of the offering's providers changed: the changed span (within the watched window) is
    /// now taken whole, or free again. A span's detail is for availableSlots; the page hears that it must ask.
    /// </summary>
    private async Task<EventOutcome> BusyAsync(
        BusyTimesChanged busy,
        Guid offeringId,
        HashSet<Guid> providers,
        (DateTimeOffset From, DateTimeOffset To) window,
        int capacity,
        CancellationToken cancellationToken)
    {
        if (!providers.Contains(busy.ProviderId)) return EventOutcome.Skip;
        var start = busy.From is { } f && f > window.From ? f : window.From;
        var end = busy.To is { } t && t < window.To ? t : window.To;
        if (end <= start) return EventOutcome.Skip;
        var busyNow = await loads.InTenantAsync(busy.TenantId, services => services.GetRequiredService<PlatformDbContext>()
            .BusyIntervals.AsNoTracking()
            .AnyAsync(b => b.ProviderId == busy.ProviderId && b.StartsAt < end && b.EndsAt > start, cancellationToken));
        var state = new SlotState(busy.ProviderId, start, end, capacity, busyNow ? capacity : 0);
        return EventOutcome.Send(new SlotsChange(offeringId, [state]));
    }

    /// <summary>
    /// A group occurrence of this offering counts its seats; any other change (one-to-one, or the
    /// provider busy with another offering) takes the provider's time whole while it is occupied.
    /// </summary>
    private async Task<SlotsChange?> StatesAsync(
        PlatformDbContext db,
        Guid offeringId,
        BookingChanged change,
        List<BookingTimes> touched,
        bool isGroup,
        int capacity
    )
    {
        var now = clock.GetDatabaseNow();
        var states = new List<SlotState>(touched.Count);
        foreach (var time in touched)
        {
            var occupying = db.Bookings.AsNoTracking().Where(BookingOccupancy.OccupiesAt(now)).Where(b => b.ProviderId == time.ProviderId);
            var taken =
                isGroup && change.OfferingId == offeringId
                    ? await occupying.Where(b => b.OfferingId == offeringId && b.StartsAt == time.StartsAt).SumAsync(b => b.Seats)
                : await occupying.AnyAsync(b => b.BlockedFrom < time.BlockedUntil && b.BlockedUntil > time.BlockedFrom) ? capacity
                : 0;
            states.Add(new SlotState(time.ProviderId, time.StartsAt, time.EndsAt, capacity, Math.Min(taken, capacity)));
        }

        return new SlotsChange(offeringId, states);
    }
}
