using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Platform.Api.Features.Offerings.Domain;
using Platform.Api.Features.Payments.Domain.Money;

namespace Platform.UnitTests.Offerings;

/// <summary>Tiered refunds on the currency's grid: down to the minor unit, then up to Stripe's step, for the customer.</summary>
public sealed class RefundGridTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 6, 10, 15, 0);

    private static readonly CancellationPolicy Half = new([new RefundTier(Duration.FromHours(24), 50)], Duration.Zero);

    [Theory]
    [InlineData("USD", 9_999, 50, 4_999)]   // unchanged: down to the cent
    [InlineData("JPY", 1_001, 50, 500)]     // unchanged: down to the yen
    [InlineData("KWD", 1_010, 50, 510)]     // 0.505 → 0.510: up to the next ten fils
    [InlineData("KWD", 1_000, 50, 500)]
    [InlineData("KWD", 1_230, 33, 410)]     // 405.9 → 405 fils → 410
    [InlineData("KWD", 1_230, 100, 1_230)]
    [InlineData("KWD", 1_230, 0, 0)]
    [InlineData("ISK", 20_100, 50, 10_100)] // 100.50 krónur → 101
    [InlineData("UGX", 500_100, 10, 50_100)]
    public void The_refund_is_on_the_grid_rounded_up_and_what_is_kept_is_too(string currency, long price, int percent, long refund)
    {
        Assert.Equal(refund, CancellationPolicy.RefundOf(price, percent, currency));
        var decision = Half.Evaluate(Start, Start - Duration.FromHours(25), price, currency);
        Assert.Equal(CancellationPolicy.RefundOf(price, 50, currency), decision.RefundAmount);
        Assert.True(Currencies.IsOnGrid(currency, price - refund));
    }

    [Property(MaxTest = 1000)]
    public Property Refunds_are_on_the_grid_never_less_than_the_tier_at_the_minor_unit_and_never_more_than_paid() =>
        Prop.ForAll(Gen.Elements("USD", "JPY", "KWD", "BHD", "TND", "ISK", "UGX").ToArbitrary(), Gen.Choose(0, 10_000_000).ToArbitrary(),
            Gen.Choose(0, 100).ToArbitrary(), (currency, raw, percent) =>
            {
                var step = Currencies.Increment(currency);
                var price = raw / step * step;
                var refund = CancellationPolicy.RefundOf(price, percent, currency);
                var promised = price * percent / 100;
                return Currencies.IsOnGrid(currency, refund) && Currencies.IsOnGrid(currency, price - refund)
                    && refund >= promised && refund < promised + step && refund <= price;
            });
}
