using NodaTime;

namespace Platform.Api.Features.Availability.Domain;

/// <summary>
/// Computes bookable slots. Candidate starts step along the provider's local clock from each
/// window's start (so a 09:00 window offers 09:00, 09:30… on DST days too); a local time that does
/// not exist (spring-forward gap) offers nothing, and one that exists twice (fall-back overlap)
/// offers both instants. A candidate survives when it fits its window, respects notice and the
/// booking window, overlaps no blackout, and its buffered span collides with no busy time and no
/// occupying booking, except that a group occurrence's own bookings only consume seats.
/// </summary>
public static class SlotCalculator
{
    public static IReadOnlyList<Slot> ForProvider(SlotRules rules, ProviderCalendar calendar, SlotQuery query)
    {
        Validate(rules);
        var earliest = Max(query.Range.Start, query.Now + rules.MinimumNotice);
        var latest = query.Now + rules.BookingWindow;
        if (earliest > latest || earliest >= query.Range.End)
            return [];

        var blackouts = Index(calendar.Blackouts);
        var busy = Index(calendar.Busy);
        var blocking = new SortedRanges<OccupyingBooking>(
            calendar.Bookings.Where(b => !(rules.IsGroup && b.OfferingId == rules.OfferingId)).Select(b => (b.Blocked, b))
        );
        var occurrences = new SortedRanges<OccupyingBooking>(
            calendar.Bookings.Where(b => rules.IsGroup && b.OfferingId == rules.OfferingId).Select(b => (b.Blocked, b))
        );

        var zone = calendar.Hours.Zone;
        var firstDate = earliest.InZone(zone).Date.PlusDays(-1);
        // The last start may be just before Range.End; its session can run into the next local day.
        var lastDate = (Min(query.Range.End, latest) + rules.Length).InZone(zone).Date;
        var slots = new SortedDictionary<Instant, Slot>();
        var windows = calendar.Hours.WindowsBetween(firstDate, lastDate).ToList();
        // Windows that touch (22:00–24:00 then 00:00–02:00) form one stretch a session may straddle.
        var worked = Index(Union(windows.Select(w => w.Span)));

        foreach (var window in windows)
        {
            foreach (var start in CandidateStarts(window, rules.Interval, zone))
            {
                if (start < earliest || start > latest || start >= query.Range.End)
                    continue;
                var session = new InstantRange(start, start + rules.Length);
                if (slots.ContainsKey(start) || !worked.Overlapping(session).Any(w => w.Contains(session)))
                    continue;
                if (blackouts.AnyOverlapping(session))
                    continue;

                var buffered = session.Widen(rules.BufferBefore, rules.BufferAfter);
                if (busy.AnyOverlapping(buffered) || blocking.AnyOverlapping(buffered))
                    continue;

                var taken = 0;
                var clash = false;
                foreach (var booking in occurrences.Overlapping(buffered))
                {
                    if (booking.Start == start)
                        taken += booking.Seats;
                    else
                        clash = true;
                }
                var remaining = rules.Capacity - taken;
                if (clash || (remaining <= 0 && !query.IncludeFull))
                    continue;
                slots[start] = new Slot(start, session.End, calendar.ProviderId, Math.Max(remaining, 0));
            }
        }
        return [.. slots.Values];
    }

    /// <summary>
    /// "Any provider": one slot per start instant. Group slots go to the provider with most seats
    /// left; one-to-one slots to the provider with the fewest occupying bookings, spreading work fairly.
    /// Ties go to the earlier provider in <paramref name="calendars"/>. Load is counted over
    /// <paramref name="loadRange"/>, by default the asked range.
    /// </summary>
    public static IReadOnlyList<Slot> ForAnyProvider(
        SlotRules rules,
        IReadOnlyList<ProviderCalendar> calendars,
        SlotQuery query,
        InstantRange? loadRange = null
    )
    {
        var counted = loadRange ?? query.Range;
        var load = calendars
            .Select((c, order) => (c.ProviderId, Order: order, Load: c.Bookings.Count(b => b.Blocked.Overlaps(counted))))
            .ToDictionary(p => p.ProviderId);
        return
        [
            .. calendars
                .SelectMany(c => ForProvider(rules, c, query))
                .GroupBy(s => s.Start)
                .Select(g =>
                    g.OrderByDescending(s => s.RemainingSeats)
                        .ThenBy(s => load[s.ProviderId].Load)
                        .ThenBy(s => load[s.ProviderId].Order)
                        .First()
                )
                .OrderBy(s => s.Start),
        ];
    }

    private static IEnumerable<Instant> CandidateStarts(WorkingWindow window, Duration interval, DateTimeZone zone)
    {
        var step = Period.FromMinutes((long)interval.TotalMinutes);
        for (var local = window.LocalStart; local < window.LocalEnd; local = local.Plus(step))
        {
            var mapping = zone.MapLocal(local);
            if (mapping.Count >= 1)
                yield return mapping.First().ToInstant();
            if (mapping.Count == 2)
                yield return mapping.Last().ToInstant();
        }
    }

    private static List<InstantRange> Union(IEnumerable<InstantRange> ranges)
    {
        var merged = new List<InstantRange>();
        foreach (var range in ranges.OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
                merged[^1] = new InstantRange(merged[^1].Start, Max(merged[^1].End, range.End));
            else
                merged.Add(range);
        }
        return merged;
    }

    private static SortedRanges<InstantRange> Index(IEnumerable<InstantRange> ranges) => new(ranges.Select(r => (r, r)));

    private static void Validate(SlotRules rules)
    {
        if (rules.Length <= Duration.Zero)
            throw new ArgumentException("A slot must last longer than zero.", nameof(rules));
        if (rules.Interval < Duration.FromMinutes(1) || rules.Interval.BclCompatibleTicks % TimeSpan.TicksPerMinute != 0)
            throw new ArgumentException("The slot interval must be a whole number of minutes.", nameof(rules));
        if (rules.Capacity < 1)
            throw new ArgumentException("Capacity must be at least one.", nameof(rules));
        if (
            rules.BufferBefore < Duration.Zero
            || rules.BufferAfter < Duration.Zero
            || rules.MinimumNotice < Duration.Zero
            || rules.BookingWindow < Duration.Zero
        )
            throw new ArgumentException("Buffers, notice and booking window cannot be negative.", nameof(rules));
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;
}
