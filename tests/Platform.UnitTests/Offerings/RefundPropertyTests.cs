using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Platform.Api.Features.Offerings.Domain;

namespace Platform.UnitTests.Offerings;

/// <summary>Valid policies: distinct notices, refund percent never rising as notice shrinks.</summary>
public static class RefundPolicies
{
    public static Arbitrary<CancellationPolicy> Policy() => Arb.From(
        from notices in Gen.SubListOf(Enumerable.Range(0, 24 * 14).Select(h => h * 30))
        from percents in Gen.ArrayOf(Gen.Choose(0, 100), notices.Count)
        from cutoff in Gen.Choose(0, 24 * 60 * 7)
        select new CancellationPolicy(
            notices.OrderByDescending(m => m).Zip(percents.OrderDescending(), (m, p) => new RefundTier(Duration.FromMinutes(m), p)),
            Duration.FromMinutes(cutoff)));
}

public class RefundPropertyTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 6, 10, 15, 0);

    [Property(Arbitrary = [typeof(RefundPolicies)], MaxTest = 300)]
    public void Generated_policies_are_valid(CancellationPolicy policy)
    {
        Assert.Empty(CancellationPolicy.Problems(policy.Tiers, policy.RescheduleCutoff));
    }

    [Property(Arbitrary = [typeof(RefundPolicies)], MaxTest = 500)]
    public void The_refund_percent_never_falls_as_notice_grows(CancellationPolicy policy, int a, int b)
    {
        // Notices from about −25 days to +25 days, in seconds.
        var (shorter, longer) = (Math.Min(a, b) / 1000, Math.Max(a, b) / 1000);

        var early = policy.Evaluate(Start, Start - Duration.FromSeconds(longer), 10000, "USD");
        var late = policy.Evaluate(Start, Start - Duration.FromSeconds(shorter), 10000, "USD");

        Assert.True(late.RefundPercent <= early.RefundPercent);
        Assert.True(late.RefundAmount <= early.RefundAmount);
    }

    [Property(Arbitrary = [typeof(RefundPolicies)], MaxTest = 500)]
    public void The_tier_applied_is_the_longest_notice_not_exceeding_the_actual_notice(CancellationPolicy policy, int noticeMinutes)
    {
        var notice = Duration.FromMinutes(noticeMinutes % (24 * 60 * 20));

        var decision = policy.Evaluate(Start, Start - notice, 10000, "USD");

        var expected = policy.Tiers.Where(t => t.MinimumNotice <= notice).MaxBy(t => t.MinimumNotice);
        Assert.Equal(expected, decision.Tier);
        Assert.Equal(expected?.RefundPercent ?? 0, decision.RefundPercent);
    }

    [Property(MaxTest = 500)]
    public void A_refund_never_exceeds_what_the_percent_promises_and_misses_by_under_one_minor_unit(uint amount, byte percentCode)
    {
        var percent = percentCode % 101;
        var exact = amount * (decimal)percent / 100m;

        var refund = CancellationPolicy.RefundOf(amount, percent, "USD");

        Assert.True(refund <= exact && exact - refund < 1m);
    }
}
