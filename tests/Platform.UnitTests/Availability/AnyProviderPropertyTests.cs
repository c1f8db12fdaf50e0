using FsCheck.Xunit;
using Platform.Api.Features.Availability.Domain;

namespace Platform.UnitTests.Availability;

public class AnyProviderPropertyTests
{
    [Property(Arbitrary = [typeof(SlotScenarios)], MaxTest = 300)]
    public void Any_provider_offers_each_start_any_provider_offers_once_in_order(TeamScenario team)
    {
        var own = team.Calendars.Select(c => SlotCalculator.ForProvider(team.Rules, c, team.Query)).ToList();

        var slots = SlotCalculator.ForAnyProvider(team.Rules, team.Calendars, team.Query);

        Assert.Equal(own.SelectMany(s => s).Select(s => s.Start).Distinct().Order(), slots.Select(s => s.Start));
    }

    [Property(Arbitrary = [typeof(SlotScenarios)], MaxTest = 300)]
    public void Any_provider_picks_most_seats_then_fewest_bookings_then_the_first_calendar(TeamScenario team)
    {
        var own = team.Calendars.Select(c => SlotCalculator.ForProvider(team.Rules, c, team.Query)).ToList();
        var load = team.Calendars.Select(c => c.Bookings.Count(b => b.Blocked.Overlaps(team.Query.Range))).ToList();

        foreach (var slot in SlotCalculator.ForAnyProvider(team.Rules, team.Calendars, team.Query))
        {
            var offers = Enumerable.Range(0, team.Calendars.Count)
                .SelectMany(i => own[i].Where(s => s.Start == slot.Start).Select(s => (Slot: s, Index: i)))
                .ToList();
            var best = offers
                .OrderByDescending(o => o.Slot.RemainingSeats)
                .ThenBy(o => load[o.Index])
                .ThenBy(o => o.Index)
                .First();

            Assert.Equal(best.Slot, slot);
        }
    }
}
