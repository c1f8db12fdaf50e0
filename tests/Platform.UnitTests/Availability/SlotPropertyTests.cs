using FsCheck.Xunit;
using NodaTime;
using Platform.Api.Features.Availability.Domain;
using static Platform.UnitTests.Availability.SlotKit;

namespace Platform.UnitTests.Availability;

/// <summary>
/// Invariants of every answer, over random hours, obstacles and questions around DST transitions.
/// On failure FsCheck prints the scenario (<see cref="SlotScenario.ToString"/>).
/// </summary>
public class SlotPropertyTests
{
    private static IReadOnlyList<Slot> Slots(SlotScenario s) => SlotCalculator.ForProvider(s.Rules, s.Calendar, s.Query);

    [Property(Arbitrary = [typeof(SlotScenarios)], MaxTest = 300)]
    public void Slots_are_sorted_and_distinct(SlotScenario scenario)
    {
        var slots = Slots(scenario);

        Assert.All(slots.Zip(slots.Skip(1)), pair => Assert.True(pair.First.Start < pair.Second.Start));
    }

    [Property(Arbitrary = [typeof(SlotScenarios)], MaxTest = 300)]
    public void Every_slot_starts_in_the_requested_range_and_lasts_the_session_length(SlotScenario scenario)
    {
        foreach (var slot in Slots(scenario))
        {
            Assert.True(scenario.Query.Range.Contains(slot.Start));
            Assert.Equal(scenario.Rules.Length, slot.End - slot.Start);
            Assert.Equal(ProviderA, slot.ProviderId);
        }
    }

    [Property(Arbitrary = [typeof(SlotScenarios)], MaxTest = 300)]
    public void Every_slot_respects_the_minimum_notice_and_the_booking_window(SlotScenario scenario)
    {
        foreach (var slot in Slots(scenario))
        {
            Assert.True(slot.Start >= scenario.Query.Now + scenario.Rules.MinimumNotice);
            Assert.True(slot.Start <= scenario.Query.Now + scenario.Rules.BookingWindow);
        }
    }

    [Property(Arbitrary = [typeof(SlotScenarios)], MaxTest = 300)]
    public void No_session_overlaps_a_blackout(SlotScenario scenario)
    {
        foreach (var slot in Slots(scenario))
        {
            var session = new InstantRange(slot.Start, slot.End);
            Assert.DoesNotContain(scenario.Calendar.Blackouts, b => b.Overlaps(session));
        }
    }

    [Property(Arbitrary = [typeof(SlotScenarios)], MaxTest = 300)]
    public void No_buffered_session_overlaps_busy_time_or_another_booking(SlotScenario scenario)
    {
        var rules = scenario.Rules;
        foreach (var slot in Slots(scenario))
        {
            var buffered = new InstantRange(slot.Start, slot.End).Widen(rules.BufferBefore, rules.BufferAfter);
            Assert.DoesNotContain(scenario.Calendar.Busy, b => b.Overlaps(buffered));
            // Only a booking of the same group occurrence (same offering, same start) may share the time.
            Assert.DoesNotContain(
                scenario.Calendar.Bookings,
                b => b.Blocked.Overlaps(buffered) && !(rules.IsGroup && b.OfferingId == rules.OfferingId && b.Start == slot.Start));
        }
    }

    [Property(Arbitrary = [typeof(SlotScenarios)], MaxTest = 300)]
    public void Remaining_seats_are_capacity_less_the_seats_booked_at_that_start(SlotScenario scenario)
    {
        var rules = scenario.Rules;
        foreach (var slot in Slots(scenario))
        {
            var taken = rules.IsGroup
                ? scenario.Calendar.Bookings.Where(b => b.OfferingId == rules.OfferingId && b.Start == slot.Start).Sum(b => b.Seats)
                : 0;
            Assert.Equal(Math.Max(0, rules.Capacity - taken), slot.RemainingSeats);
            if (!scenario.Query.IncludeFull) Assert.True(slot.RemainingSeats > 0);
        }
    }

    [Property(Arbitrary = [typeof(SlotScenarios)], MaxTest = 300)]
    public void Away_from_transitions_every_minute_of_a_session_is_a_worked_local_minute(SlotScenario scenario)
    {
        var zone = scenario.Zone;
        foreach (var slot in Slots(scenario))
        {
            // Right at a transition, gaps and overlaps are resolved on purpose (see WeeklyAvailabilityTests); elsewhere
            // the offset is fixed and a session must lie on the raw local hours.
            var interval = zone.GetZoneInterval(slot.Start - Duration.FromDays(2));
            if (!interval.Equals(zone.GetZoneInterval(slot.End + Duration.FromDays(2)))) continue;

            for (var t = slot.Start; t < slot.End; t += Duration.FromMinutes(1))
            {
                var local = t.WithOffset(interval.WallOffset).LocalDateTime;
                Assert.True(scenario.IsWorked(local));
            }
        }
    }

    [Property(Arbitrary = [typeof(SlotScenarios)], MaxTest = 200)]
    public void Including_full_occurrences_only_adds_slots_with_no_seats_left(SlotScenario scenario)
    {
        var open = Slots(scenario with { Query = scenario.Query with { IncludeFull = false } });
        var all = Slots(scenario with { Query = scenario.Query with { IncludeFull = true } });

        Assert.Equal(open, all.Where(s => s.RemainingSeats > 0));
    }

    [Property(Arbitrary = [typeof(SlotScenarios)], MaxTest = 1000)]
    public void Narrowing_the_range_only_removes_the_slots_that_start_outside_it(SlotScenario scenario)
    {
        var range = scenario.Query.Range;
        var half = range.Start + Duration.FromMinutes(Math.Floor(range.Length.TotalMinutes / 2));
        var whole = Slots(scenario);

        var firstHalf = Slots(scenario with { Query = scenario.Query with { Range = new InstantRange(range.Start, half) } });
        var secondHalf = Slots(scenario with { Query = scenario.Query with { Range = new InstantRange(half, range.End) } });

        Assert.Equal(whole, firstHalf.Concat(secondHalf));
    }

    [Property(Arbitrary = [typeof(SlotScenarios)], MaxTest = 300)]
    public void Without_obstacles_exactly_the_grid_starts_that_fit_the_hours_are_offered(UnobstructedScenario unobstructed)
    {
        var scenario = unobstructed.Value;
        var offset = scenario.Zone.GetUtcOffset(scenario.Query.Now);
        var expected = ExpectedStarts(scenario, offset);

        Assert.Equal(expected, Starts(Slots(scenario)));
    }

    /// <summary>A brute-force oracle for fixed-offset zones: every grid point of every maximal run of worked local minutes.</summary>
    private static List<Instant> ExpectedStarts(SlotScenario scenario, Offset offset)
    {
        var rules = scenario.Rules;
        var query = scenario.Query;
        var interval = (int)rules.Interval.TotalMinutes;
        var length = (int)rules.Length.TotalMinutes;

        var expected = new List<Instant>();
        var first = query.Range.Start.WithOffset(offset).Date.PlusDays(-1);
        var last = query.Range.End.WithOffset(offset).Date.PlusDays(1);
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            var mask = scenario.WorkedMinutes(date);
            for (var runStart = 0; runStart < mask.Length; runStart++)
            {
                if (!mask[runStart] || (runStart > 0 && mask[runStart - 1])) continue;
                var runEnd = runStart;
                while (runEnd < mask.Length && mask[runEnd]) runEnd++;

                for (var minute = runStart; minute < runEnd; minute += interval)
                {
                    var local = date.AtMidnight().PlusMinutes(minute);
                    var start = local.WithOffset(offset).ToInstant();
                    if (!query.Range.Contains(start) || start < query.Now + rules.MinimumNotice || start > query.Now + rules.BookingWindow) continue;
                    if (Enumerable.Range(0, length).All(k => scenario.IsWorked(local.PlusMinutes(k)))) expected.Add(start);
                }
            }
        }
        return expected;
    }
}
