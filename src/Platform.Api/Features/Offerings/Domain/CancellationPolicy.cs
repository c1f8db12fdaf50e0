using NodaTime;
using Platform.Api.Features.Payments.Domain.Money;

namespace Platform.Api.Features.Offerings.Domain;

/// <summary>
/// A cancellation and refund policy: ordered tiers (e.g. ≥24 h → 100 %, ≥2 h → 50 %, else 0 %) and a
/// reschedule cut-off. Boundaries are inclusive: cancelling exactly 24 h before earns the 24 h tier.
/// </summary>
public sealed record CancellationPolicy
{
    public CancellationPolicy(IEnumerable<RefundTier> tiers, Duration rescheduleCutoff)
    {
        Tiers = [.. tiers.OrderByDescending(t => t.MinimumNotice)];
        RescheduleCutoff = rescheduleCutoff;
    }

    /// <summary>Longest notice first.</summary>
    public IReadOnlyList<RefundTier> Tiers { get; }

    /// <summary>Rescheduling is allowed until this long before the start.</summary>
    public Duration RescheduleCutoff { get; }

    /// <summary>A common default: full refund until 24 h before, none after; reschedule until 24 h before.</summary>
    public static CancellationPolicy Default { get; } = new([new RefundTier(Duration.FromHours(24), 100)], Duration.FromHours(24));

    /// <summary>
    /// The refund for a customer cancelling at <paramref name="cancelledAt"/> a booking that starts at <paramref name="start"/>.
    /// </summary>
    public RefundDecision Evaluate(Instant start, Instant cancelledAt, long amountPaid, string currency)
    {
        var notice = start - cancelledAt;
        var tier = Tiers.FirstOrDefault(t => notice >= t.MinimumNotice);
        var percent = tier?.RefundPercent ?? 0;
        return new RefundDecision(percent, RefundOf(amountPaid, percent, currency), tier);
    }

    public bool AllowsRescheduleAt(Instant start, Instant at) => start - at >= RescheduleCutoff;

    /// <summary>
    /// The instants at which each tier stops applying for a booking at <paramref name="start"/> (for quotes and receipts).
    /// </summary>
    public IEnumerable<(RefundTier Tier, Instant Until)> DeadlinesFor(Instant start) => Tiers.Select(t => (t, start - t.MinimumNotice));

    /// <summary>
    /// Percent of an amount, in two steps. To the minor unit, down, as always: the refund never exceeds what the
    /// tier promises by a fraction of a cent. Then, where Stripe moves money only in coarser steps (multiples of 10
    /// for three-decimal currencies, of 100 for ISK and UGX: https://docs.stripe.com/currencies), up to the next step,
    /// in the customer's favour. So the refund, and what is kept (price − refund), are amounts Stripe accepts.
    /// USD and JPY (steps of 1) are unchanged by the second step.
    /// </summary>
    public static long RefundOf(long amount, int percent, string currency) =>
        Math.Min(amount, Currencies.RoundToGrid(currency, amount * percent / 100, MidpointRounding.ToPositiveInfinity));

    public static IReadOnlyList<string> Problems(IReadOnlyList<RefundTier> tiers, Duration rescheduleCutoff)
    {
        var problems = new List<string>();
        if (rescheduleCutoff < Duration.Zero)
            problems.Add("The reschedule cut-off cannot be negative.");
        if (tiers.Any(t => t.MinimumNotice < Duration.Zero))
            problems.Add("A refund tier's notice cannot be negative.");
        if (tiers.Any(t => t.RefundPercent is < 0 or > 100))
            problems.Add("A refund tier refunds 0–100 %.");
        if (tiers.Select(t => t.MinimumNotice).Distinct().Count() != tiers.Count)
            problems.Add("Two refund tiers have the same notice.");
        var ordered = tiers.OrderByDescending(t => t.MinimumNotice).ToList();
        if (ordered.Zip(ordered.Skip(1)).Any(p => p.Second.RefundPercent > p.First.RefundPercent))
            problems.Add("Shorter notice cannot refund more than longer notice.");
        return problems;
    }
}
