using Platform.Api.Features.Payments.Domain.Money;

namespace Platform.Api.Features.Payments.Domain;

/// <summary>
/// The platform's fee from an organization's plan: a percentage (in basis points) plus a fixed amount
/// per payment, rounded half up to the currency's grid (the minor unit, or Stripe's coarser step for three-decimal
/// currencies, ISK and UGX: https://docs.stripe.com/currencies) and never more than the payment itself. The fee is
/// the intent's <c>application_fee_amount</c> (https://docs.stripe.com/connect/destination-charges, "Collect fees"),
/// and Stripe's three-decimal rule holds for every amount of a PaymentIntent call, so it stays on the grid too.
/// </summary>
public static class PlatformFee
{
    public const int MaxBasisPoints = 5000;

    /// <param name="fixedAmount">In <paramref name="currency"/>: see <see cref="FeePlan.FixedFor(string)"/>.</param>
    public static long Of(long amount, string currency, int basisPoints, long fixedAmount)
    {
        if (amount <= 0) return 0;
        // Rounding the sum once: on a grid of 1 this is the old "percentage rounded half up, plus the fixed part".
        var exact = (amount * (decimal)basisPoints / 10_000m) + fixedAmount;
        return Math.Min(amount, Currencies.RoundToGrid(currency, exact, MidpointRounding.AwayFromZero));
    }

    /// <summary>
    /// Splits <paramref name="fee"/> over parts in proportion to their amounts, rounding down and
    /// giving the remainder to the largest parts first, so the shares always add up to the fee.
    /// </summary>
    public static IReadOnlyList<long> Split(long fee, IReadOnlyList<long> amounts)
    {
        var total = amounts.Sum();
        if (total == 0) return [.. amounts.Select(_ => 0L)];
        var shares = amounts.Select(a => fee * a / total).ToArray();
        var remainder = fee - shares.Sum();
        foreach (var index in amounts.Select((a, i) => (a, i)).OrderByDescending(p => p.a).ThenBy(p => p.i).Select(p => p.i))
        {
            if (remainder == 0) break;
            shares[index]++;
            remainder--;
        }
        return shares;
    }

    /// <summary>What a refund gives back of the fee: in proportion, rounded down (Stripe's refund_application_fee).</summary>
    public static long RefundedShare(long fee, long captured, long refunded) =>
        captured <= 0 ? 0 : Math.Min(fee, fee * Math.Min(refunded, captured) / captured);
}
