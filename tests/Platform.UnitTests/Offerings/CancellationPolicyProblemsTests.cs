using NodaTime;
using Platform.Api.Features.Offerings.Domain;

namespace Platform.UnitTests.Offerings;

public class CancellationPolicyProblemsTests
{
    private static RefundTier Hours(int hours, int percent) => new(Duration.FromHours(hours), percent);

    [Fact]
    public void A_sane_policy_has_no_problems()
    {
        Assert.Empty(CancellationPolicy.Problems([Hours(24, 100), Hours(2, 50), Hours(0, 0)], Duration.FromHours(24)));
    }

    [Fact]
    public void No_tiers_and_a_zero_cut_off_have_no_problems()
    {
        Assert.Empty(CancellationPolicy.Problems([], Duration.Zero));
    }

    [Fact]
    public void Equal_percents_for_different_notices_are_fine()
    {
        Assert.Empty(CancellationPolicy.Problems([Hours(48, 50), Hours(24, 50)], Duration.Zero));
    }

    [Fact]
    public void Tiers_in_any_order_are_judged_by_notice()
    {
        Assert.Empty(CancellationPolicy.Problems([Hours(2, 50), Hours(24, 100)], Duration.Zero));
    }

    [Fact]
    public void Shorter_notice_refunding_more_is_reported()
    {
        Assert.Equal(
            ["Shorter notice cannot refund more than longer notice."],
            CancellationPolicy.Problems([Hours(24, 50), Hours(2, 100)], Duration.Zero));
    }

    [Fact]
    public void A_non_monotonic_middle_tier_is_reported()
    {
        Assert.Equal(
            ["Shorter notice cannot refund more than longer notice."],
            CancellationPolicy.Problems([Hours(48, 100), Hours(24, 25), Hours(2, 50)], Duration.Zero));
    }

    [Fact]
    public void Two_tiers_with_the_same_notice_are_reported()
    {
        Assert.Equal(
            ["Two refund tiers have the same notice."],
            CancellationPolicy.Problems([Hours(24, 100), Hours(24, 100)], Duration.Zero));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    [InlineData(int.MinValue)]
    public void A_percent_outside_zero_to_a_hundred_is_reported(int percent)
    {
        Assert.Equal(["A refund tier refunds 0–100 %."], CancellationPolicy.Problems([Hours(24, percent)], Duration.Zero));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void Zero_and_a_hundred_percent_are_valid(int percent)
    {
        Assert.Empty(CancellationPolicy.Problems([Hours(24, percent)], Duration.Zero));
    }

    [Fact]
    public void A_negative_notice_is_reported()
    {
        Assert.Equal(["A refund tier's notice cannot be negative."], CancellationPolicy.Problems([Hours(-1, 10)], Duration.Zero));
    }

    [Fact]
    public void A_negative_cut_off_is_reported()
    {
        Assert.Equal(["The reschedule cut-off cannot be negative."], CancellationPolicy.Problems([], Duration.FromTicks(-1)));
    }

    [Fact]
    public void Every_problem_is_reported_together()
    {
        Assert.Equal(
            [
                "The reschedule cut-off cannot be negative.",
                "A refund tier's notice cannot be negative.",
                "A refund tier refunds 0–100 %.",
                "Two refund tiers have the same notice.",
                "Shorter notice cannot refund more than longer notice.",
            ],
            CancellationPolicy.Problems([Hours(24, 50), Hours(24, 40), Hours(2, 150), Hours(-2, 0)], Duration.FromHours(-1)));
    }
}
