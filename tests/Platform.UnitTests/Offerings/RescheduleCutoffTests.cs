using NodaTime;
using NodaTime.Text;
using Platform.Api.Features.Offerings.Domain;

namespace Platform.UnitTests.Offerings;

public class RescheduleCutoffTests
{
    private static readonly Instant Start = InstantPattern.ExtendedIso.Parse("2026-06-10T15:00:00Z").Value;

    private static readonly CancellationPolicy Policy = new([new RefundTier(Duration.FromHours(24), 100)], Duration.FromHours(12));

    [Fact]
    public void Rescheduling_exactly_at_the_cut_off_is_allowed()
    {
        Assert.True(Policy.AllowsRescheduleAt(Start, Start - Duration.FromHours(12)));
    }

    [Fact]
    public void Rescheduling_one_tick_after_the_cut_off_is_refused()
    {
        Assert.False(Policy.AllowsRescheduleAt(Start, Start - Duration.FromHours(12) + Duration.FromTicks(1)));
    }

    [Fact]
    public void Rescheduling_well_before_the_cut_off_is_allowed()
    {
        Assert.True(Policy.AllowsRescheduleAt(Start, Start - Duration.FromDays(7)));
    }

    [Fact]
    public void Rescheduling_after_the_start_is_refused()
    {
        Assert.False(Policy.AllowsRescheduleAt(Start, Start + Duration.FromMinutes(1)));
    }

    [Fact]
    public void A_zero_cut_off_allows_rescheduling_up_to_the_start_itself()
    {
        var policy = new CancellationPolicy([], Duration.Zero);

        Assert.True(policy.AllowsRescheduleAt(Start, Start));
        Assert.False(policy.AllowsRescheduleAt(Start, Start + Duration.FromTicks(1)));
    }

    [Fact]
    public void The_cut_off_is_independent_of_the_refund_tiers()
    {
        // Refund already at 0 % (less than 24 h), rescheduling still allowed (more than 12 h).
        var at = Start - Duration.FromHours(18);

        Assert.Equal(0, Policy.Evaluate(Start, at, 1000, "USD").RefundPercent);
        Assert.True(Policy.AllowsRescheduleAt(Start, at));
    }
}
