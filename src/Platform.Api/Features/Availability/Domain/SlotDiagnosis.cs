using NodaTime;

namespace Platform.Api.Features.Availability.Domain;

/// <summary>
/// Tells a start that was never on offer (off the grid, outside hours, blacked out, too soon or too
/// far ahead) from one that is on offer but occupied. The same <see cref="SlotCalculator"/> decides both,
/// on the calendar with parts of it taken away, so the answer can never disagree with availableSlots.
/// </summary>
public static class SlotDiagnosis
{
    public static SlotVerdict Diagnose(SlotRules rules, ProviderCalendar calendar, Instant start, Instant now)
    {
        if (start < now + rules.MinimumNotice) return SlotVerdict.TooSoon;
        if (start > now + rules.BookingWindow) return SlotVerdict.BeyondWindow;

        var unoccupied = calendar with { Busy = [], Bookings = [] };
        if (Offers(rules, unoccupied, start, now)) return Offers(rules, calendar, start, now) ? SlotVerdict.Bookable : SlotVerdict.Taken;
        var open = unoccupied with { Blackouts = [] };
        if (Offers(rules, open, start, now)) return SlotVerdict.BlackedOut;
        // Every whole minute of the working hours is a start at a one-minute interval: if the start is one
        // of those, only the offering's interval keeps it off the list.
        var everyMinute = rules with { Interval = Duration.FromMinutes(1) };
        return Offers(everyMinute, open, start, now) ? SlotVerdict.OffGrid
            : start.ToUnixTimeTicks() % NodaConstants.TicksPerMinute != 0 ? SlotVerdict.OffGrid
            : SlotVerdict.OutsideHours;
    }

    /// <summary>
    /// The verdict for "any of these providers": taken when any of them has it on its schedule (the
    /// customer could have had it), else the closest reason it is not on offer.
    /// </summary>
    public static SlotVerdict Combine(IEnumerable<SlotVerdict> verdicts)
    {
        var all = verdicts.ToList();
        if (all.Contains(SlotVerdict.Bookable)) return SlotVerdict.Bookable;
        if (all.Contains(SlotVerdict.Taken)) return SlotVerdict.Taken;
        SlotVerdict[] closestFirst =
            [SlotVerdict.TooSoon, SlotVerdict.BeyondWindow, SlotVerdict.BlackedOut, SlotVerdict.OffGrid, SlotVerdict.OutsideHours];
        return closestFirst.FirstOrDefault(all.Contains, SlotVerdict.OutsideHours);
    }

    private static bool Offers(SlotRules rules, ProviderCalendar calendar, Instant start, Instant now)
    {
        var query = new SlotQuery(new InstantRange(start, start + Duration.FromMinutes(1)), now, IncludeFull: true);
        return SlotCalculator.ForProvider(rules, calendar, query).Any(s => s.Start == start);
    }
}
