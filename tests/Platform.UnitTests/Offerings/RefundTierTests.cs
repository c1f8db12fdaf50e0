using NodaTime;
using NodaTime.Text;
using Platform.Api.Features.Offerings.Domain;

namespace Platform.UnitTests.Offerings;

/// <summary>≥ 24 h → 100 %, ≥ 2 h → 50 %, else nothing; boundaries inclusive.</summary>
public class RefundTierTests
{
    private static readonly RefundTier Day = new(Duration.FromHours(24), 100);

    private static readonly RefundTier TwoHours = new(Duration.FromHours(2), 50);

    private static readonly CancellationPolicy Policy = new([TwoHours, Day], Duration.FromHours(24));

    private static readonly Instant Start = InstantPattern.ExtendedIso.Parse("2026-06-10T15:00:00Z").Value;

    private static readonly Duration OneTick = Duration.FromTicks(1);

    private static RefundDecision CancelBefore(Duration notice, long paid = 10000) => Policy.Evaluate(Start, Start - notice, paid, "USD");

    [Fact]
    public void Exactly_24_hours_before_refunds_everything()
    {
        Assert.Equal(new RefundDecision(100, 10000, Day), CancelBefore(Duration.FromHours(24)));
    }

    [Fact]
    public void One_tick_short_of_24_hours_refunds_half()
    {
        Assert.Equal(new RefundDecision(50, 5000, TwoHours), CancelBefore(Duration.FromHours(24) - OneTick));
    }

    [Fact]
    public void One_nanosecond_short_of_24_hours_refunds_half()
    {
        Assert.Equal(50, CancelBefore(Duration.FromHours(24) - Duration.Epsilon).RefundPercent);
    }

    [Fact]
    public void Exactly_2_hours_before_refunds_half()
    {
        Assert.Equal(new RefundDecision(50, 5000, TwoHours), CancelBefore(Duration.FromHours(2)));
    }

    [Fact]
    public void One_tick_short_of_2_hours_refunds_nothing()
    {
        Assert.Equal(new RefundDecision(0, 0, null), CancelBefore(Duration.FromHours(2) - OneTick));
    }

    [Fact]
    public void Cancelling_at_the_start_refunds_nothing()
    {
        Assert.Equal(new RefundDecision(0, 0, null), CancelBefore(Duration.Zero));
    }

    [Fact]
    public void Cancelling_after_the_start_refunds_nothing()
    {
        Assert.Equal(new RefundDecision(0, 0, null), Policy.Evaluate(Start, Start + Duration.FromMinutes(10), 10000, "USD"));
    }

    [Fact]
    public void Cancelling_weeks_ahead_refunds_everything()
    {
        Assert.Equal(100, CancelBefore(Duration.FromDays(30)).RefundPercent);
    }

    [Fact]
    public void A_zero_notice_tier_applies_at_the_start_but_not_after_it()
    {
        var lastMinute = new RefundTier(Duration.Zero, 10);
        var policy = new CancellationPolicy([Day, lastMinute], Duration.Zero);

        Assert.Equal(new RefundDecision(10, 1000, lastMinute), policy.Evaluate(Start, Start, 10000, "USD"));
        Assert.Equal(new RefundDecision(0, 0, null), policy.Evaluate(Start, Start + OneTick, 10000, "USD"));
    }

    [Fact]
    public void A_policy_without_tiers_never_refunds()
    {
        var policy = new CancellationPolicy([], Duration.Zero);

        Assert.Equal(new RefundDecision(0, 0, null), policy.Evaluate(Start, Start - Duration.FromDays(365), 10000, "USD"));
    }

    [Fact]
    public void Tiers_are_kept_longest_notice_first_whatever_the_input_order()
    {
        Assert.Equal([Day, TwoHours], Policy.Tiers);
    }

    [Theory]
    [InlineData(999, 50, 499)]     // 499.5 → 499
    [InlineData(1, 50, 0)]
    [InlineData(1999, 33, 659)]    // 659.67 → 659
    [InlineData(199, 99, 197)]     // 197.01 → 197
    [InlineData(12345, 100, 12345)]
    [InlineData(12345, 0, 0)]
    [InlineData(0, 100, 0)]
    public void Refund_amounts_are_rounded_down(long amount, int percent, long expected)
    {
        Assert.Equal(expected, CancellationPolicy.RefundOf(amount, percent, "USD"));
    }

    [Fact]
    public void The_decision_carries_the_rounded_down_amount()
    {
        Assert.Equal(new RefundDecision(50, 1234, TwoHours), CancelBefore(Duration.FromHours(3), 2469));
    }

    [Fact]
    public void Deadlines_are_when_each_tier_stops_applying()
    {
        Assert.Equal(
            [(Day, Start - Duration.FromHours(24)), (TwoHours, Start - Duration.FromHours(2))],
            Policy.DeadlinesFor(Start));
    }

    [Fact]
    public void At_a_deadline_its_tier_still_applies()
    {
        foreach (var (tier, until) in Policy.DeadlinesFor(Start))
        {
            Assert.Equal(tier, Policy.Evaluate(Start, until, 100, "USD").Tier);
            Assert.NotEqual(tier, Policy.Evaluate(Start, until + OneTick, 100, "USD").Tier);
        }
    }

    [Fact]
    public void The_default_policy_refunds_everything_until_24_hours_before_and_nothing_after()
    {
        var policy = CancellationPolicy.Default;

        Assert.Equal(100, policy.Evaluate(Start, Start - Duration.FromHours(24), 5000, "USD").RefundPercent);
        Assert.Equal(new RefundDecision(0, 0, null), policy.Evaluate(Start, Start - Duration.FromHours(24) + OneTick, 5000, "USD"));
        Assert.Equal(Duration.FromHours(24), policy.RescheduleCutoff);
        Assert.Empty(CancellationPolicy.Problems(policy.Tiers, policy.RescheduleCutoff));
    }
}
