using Microsoft.EntityFrameworkCore;
using NodaTime;
using Platform.Api.Data;
using Platform.Api.Features.Availability.Domain;
using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.Features.Bookings.Data;
using Platform.Api.Features.Offerings;
using Platform.Api.Features.Offerings.Domain;
using Platform.Api.Features.Offerings.GraphQL;
using Platform.Api.Features.Organizations.Domain;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Availability.Slots;

/// <summary>
/// Answers availableSlots: validates the question, loads one organization's calendars for the range
/// (six indexed queries whatever the number of providers), and hands them to <see cref="SlotCalculator"/>.
/// </summary>
public sealed class SlotService(PlatformDbContext db, TimeProvider clock)
{
    public const int MaxRangeDays = 62;

    public async Task<SlotSearchResult> FindAsync(SlotSearch search, string organizationTimeZone, CancellationToken cancellationToken)
    {
        var zoneId = search.TimeZone ?? organizationTimeZone;
        if (OrganizationRules.CheckTimeZone(zoneId) is { } zoneError)
            return SlotSearchResult.Failed(zoneError);
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        if (search.To < search.From)
            return SlotSearchResult.Failed(new UserError("INVALID_RANGE", "'to' is before 'from'.", "to"));
        if (search.To.DayNumber - search.From.DayNumber + 1 > MaxRangeDays)
            return SlotSearchResult.Failed(new UserError("RANGE_TOO_LONG", $"Ask for at most {MaxRangeDays} days at a time.", "to"));

        var offeringId = GlobalId.TryDecode(search.OfferingId, OfferingType.TypeName);
        var offering = offeringId is null
            ? null
            : await db
                .Offerings.AsNoTracking()
                .SingleOrDefaultAsync(o => o.Id == offeringId && o.Status == OfferingStatus.Active, cancellationToken);
        if (offering is null)
            return SlotSearchResult.Failed(new UserError("NOT_FOUND", "No such offering on sale here.", "offeringId"));
        var length = search.DurationMinutes ?? offering.DurationsMinutes.Min();
        if (!offering.DurationsMinutes.Contains(length))
            return SlotSearchResult.Failed(
                new UserError(
                    "INVALID_DURATION",
                    $"This offering lasts {string.Join(", ", offering.DurationsMinutes)} minutes.",
                    "durationMinutes"
                )
            );
        if (search.Seats < 1 || search.Seats > offering.Capacity)
            return SlotSearchResult.Failed(new UserError("INVALID_SEATS", $"Seats must be 1 to {offering.Capacity}.", "seats"));

        var providers = db.OfferingProviders.AsNoTracking().Where(l => l.OfferingId == offering.Id).Select(l => l.ProviderId);
        if (search.ProviderId is not null)
        {
            var providerId = GlobalId.TryDecode(search.ProviderId, ProviderType.TypeName);
            if (providerId is null || !await providers.ContainsAsync(providerId.Value, cancellationToken))
                return SlotSearchResult.Failed(new UserError("NOT_FOUND", "That provider does not deliver this offering.", "providerId"));
            providers = providers.Where(p => p == providerId);
        }

        var range = new InstantRange(
            LocalDate.FromDateOnly(search.From).AtStartOfDayInZone(zone).ToInstant(),
            LocalDate.FromDateOnly(search.To).PlusDays(1).AtStartOfDayInZone(zone).ToInstant()
        );
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var calendars = await LoadCalendarsAsync(
            await providers.OrderBy(p => p).ToListAsync(cancellationToken),
            range,
            now,
            cancellationToken
        );

        var rules = RulesFor(offering, Duration.FromMinutes(length));
        var query = new SlotQuery(range, now, search.IncludeFull);
        var slots = search.ProviderId is null
            ? SlotCalculator.ForAnyProvider(rules, calendars, query)
            : calendars.SelectMany(c => SlotCalculator.ForProvider(rules, c, query)).ToList();
        if (search.Seats > 1 && !search.IncludeFull)
            slots = [.. slots.Where(s => s.RemainingSeats >= search.Seats)];
        return new SlotSearchResult(slots, zone);
    }

    /// <summary>
    /// Whether <paramref name="start"/> is a bookable slot of <paramref name="offering"/> for one of
    /// <paramref name="providerIds"/> (the best one, by the "any provider" rules, when several are given),
    /// with <paramref name="seats"/> seats left (or full, with <paramref name="includeFull"/>, for waitlists).
    /// <paramref name="excludeBookingId"/> leaves a booking out of the calendars, so a booking being
    /// moved does not collide with itself.
    /// </summary>
    public async Task<Slot?> FindSlotAsync(
        Offering offering,
        IReadOnlyList<Guid> providerIds,
        Instant start,
        Duration length,
        int seats,
        Guid? excludeBookingId,
        CancellationToken cancellationToken,
        bool includeFull = false
    )
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var range = new InstantRange(start, start + Duration.FromMinutes(1));
        var calendars = await LoadCalendarsAsync(providerIds, range, now, cancellationToken, excludeBookingId);
        var query = new SlotQuery(range, now, includeFull);
        var rules = RulesFor(offering, length);
        var fitting = calendars
            .Where(c =>
                SlotCalculator.ForProvider(rules, c, query).Any(s => s.Start == start && (includeFull || s.RemainingSeats >= seats))
            )
            .ToList();
        // Fair spreading counts each provider's bookings over the surrounding day, as a day's slot list would.
        var day = new InstantRange(start - Duration.FromHours(12), start + Duration.FromHours(12));
        return SlotCalculator.ForAnyProvider(rules, fitting, query, day).FirstOrDefault(s => s.Start == start);
    }

    /// <summary>
    /// Why <paramref name="start"/> is or is not a slot of <paramref name="offering"/>, over every one of
    /// <paramref name="providerIds"/> (see <see cref="SlotDiagnosis.Combine"/>): asked only after a refusal,
    /// so its extra calendar load costs nothing on the way to a booking.
    /// </summary>
    public async Task<SlotVerdict> DiagnoseAsync(
        Offering offering,
        IReadOnlyList<Guid> providerIds,
        Instant start,
        Duration length,
        Guid? excludeBookingId,
        CancellationToken cancellationToken
    )
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var around = new InstantRange(start, start + Duration.FromMinutes(1));
        var calendars = await LoadCalendarsAsync(providerIds, around, now, cancellationToken, excludeBookingId);
        var rules = RulesFor(offering, length);
        return SlotDiagnosis.Combine(calendars.Select(c => SlotDiagnosis.Diagnose(rules, c, start, now)));
    }

    /// <summary>The slot rules of an offering for one of its durations.</summary>
    public static SlotRules RulesFor(Offering offering, Duration length) =>
        new()
        {
            OfferingId = offering.Id,
            Length = length,
            Interval = Duration.FromMinutes(offering.SlotIntervalMinutes),
            BufferBefore = Duration.FromMinutes(offering.BufferBeforeMinutes),
            BufferAfter = Duration.FromMinutes(offering.BufferAfterMinutes),
            MinimumNotice = Duration.FromMinutes(offering.MinimumNoticeMinutes),
            BookingWindow = Duration.FromDays(offering.BookingWindowDays),
            Capacity = offering.Capacity,
            IsGroup = offering.Format == OfferingFormat.Group,
        };

    /// <summary>Each provider's hours and everything occupying them around <paramref name="range"/>.</summary>
    public async Task<IReadOnlyList<ProviderCalendar>> LoadCalendarsAsync(
        IReadOnlyList<Guid> providerIds,
        InstantRange range,
        Instant now,
        CancellationToken cancellationToken,
        Guid? excludeBookingId = null
    )
    {
        if (providerIds.Count == 0)
            return [];
        // A day either side covers sessions, buffers and zone offsets that straddle the range's edges.
        var from = range.Start.Minus(Duration.FromDays(2)).ToDateTimeOffset();
        var until = range.End.Plus(Duration.FromDays(2)).ToDateTimeOffset();
        var firstDate = DateOnly.FromDateTime(from.UtcDateTime);
        var lastDate = DateOnly.FromDateTime(until.UtcDateTime);
        var nowOffset = now.ToDateTimeOffset();

        var providers = await db.Providers.AsNoTracking().Where(p => providerIds.Contains(p.Id)).ToListAsync(cancellationToken);
        var weekly = await db
            .AvailabilityRules.AsNoTracking()
            .Where(r => providerIds.Contains(r.ProviderId))
            .ToListAsync(cancellationToken);
        var overrides = await db
            .AvailabilityOverrides.AsNoTracking()
            .Where(o => providerIds.Contains(o.ProviderId) && o.Date >= firstDate && o.Date <= lastDate)
            .ToListAsync(cancellationToken);
        var blackouts = await db
            .Blackouts.AsNoTracking()
            .Where(b => (b.ProviderId == null || providerIds.Contains(b.ProviderId.Value)) && b.StartsAt < until && b.EndsAt > from)
            .ToListAsync(cancellationToken);
        var busy = await db
            .BusyIntervals.AsNoTracking()
            .Where(b => providerIds.Contains(b.ProviderId) && b.StartsAt < until && b.EndsAt > from)
            .Select(b => new
            {
                b.ProviderId,
                b.StartsAt,
                b.EndsAt,
            })
            .ToListAsync(cancellationToken);
        // No booking blocks longer than its longest session plus both buffers, so a lower bound on
        // blocked_from lets the (partial) index skip the provider's whole past.
        var earliestBlock = from - OfferingRules.LongestBlock;
        var bookings = await db
            .Bookings.AsNoTracking()
            .Where(b =>
                providerIds.Contains(b.ProviderId) && b.BlockedFrom > earliestBlock && b.BlockedFrom < until && b.BlockedUntil > from
            )
            .Where(BookingOccupancy.OccupiesAt(nowOffset))
            .Where(b => excludeBookingId == null || b.Id != excludeBookingId)
            .Select(b => new
            {
                b.ProviderId,
                b.OfferingId,
                b.StartsAt,
                b.BlockedFrom,
                b.BlockedUntil,
                b.Seats,
            })
            .ToListAsync(cancellationToken);

        var byId = providers.ToDictionary(p => p.Id);
        var weeklyOf = weekly.ToLookup(r => r.ProviderId);
        var overridesOf = overrides.ToLookup(o => o.ProviderId);
        var busyOf = busy.ToLookup(b => b.ProviderId);
        var bookingsOf = bookings.ToLookup(b => b.ProviderId);
        var organizationWide = blackouts.Where(b => b.ProviderId is null).ToList();
        var blackoutsOf = blackouts.Where(b => b.ProviderId is not null).ToLookup(b => b.ProviderId!.Value);

        // Keep the caller's provider order: "any provider" breaks ties by it.
        return
        [
            .. providerIds
                .Where(byId.ContainsKey)
                .Select(id => byId[id])
                .Select(p => new ProviderCalendar
                {
                    ProviderId = p.Id,
                    Hours = new WeeklyAvailability(
                        DateTimeZoneProviders.Tzdb[p.TimeZone],
                        weeklyOf[p.Id]
                            .Select(r => new WeeklyWindow((IsoDayOfWeek)r.DayOfWeek, new MinuteRange(r.StartMinute, r.EndMinute))),
                        overridesOf[p.Id]
                            .GroupBy(o => o.Date)
                            .Select(g => new DateOverride(
                                LocalDate.FromDateOnly(g.Key),
                                [
                                    .. g.Where(o => o.StartMinute is not null)
                                        .Select(o => new MinuteRange(o.StartMinute!.Value, o.EndMinute!.Value)),
                                ]
                            ))
                    ),
                    Blackouts = [.. organizationWide.Concat(blackoutsOf[p.Id]).Select(b => Range(b.StartsAt, b.EndsAt))],
                    Busy = [.. busyOf[p.Id].Select(b => Range(b.StartsAt, b.EndsAt))],
                    Bookings =
                    [
                        .. bookingsOf[p.Id]
                            .Select(b => new OccupyingBooking(
                                b.OfferingId,
                                Instant.FromDateTimeOffset(b.StartsAt),
                                Range(b.BlockedFrom, b.BlockedUntil),
                                b.Seats
                            )),
                    ],
                }),
        ];
    }

    private static InstantRange Range(DateTimeOffset start, DateTimeOffset end) =>
        new(Instant.FromDateTimeOffset(start), Instant.FromDateTimeOffset(end));
}
