using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Configuration;
using Platform.Api.Features.Payments;
using Platform.Api.Features.Payments.Domain;
using Platform.Api.Features.Payments.Domain.Money;

namespace Platform.UnitTests.Payments;

/// <summary>The fee on each currency's grid, and the fixed part per currency.</summary>
public sealed class FeePlanTests
{
    private static readonly Dictionary<string, long> Table = new() { ["USD"] = 30, ["JPY"] = 40, ["KWD"] = 100 };

    [Theory]
    [InlineData("USD", 10_000, 500, 30, 530)]
    [InlineData("JPY", 1_000, 500, 40, 90)]
    [InlineData("JPY", 1_010, 500, 40, 91)]     // 50.5 + 40 rounds half up to 91 yen
    [InlineData("KWD", 10_000, 500, 100, 600)]  // 0.500 + 0.100 KWD
    [InlineData("KWD", 1_010, 500, 100, 150)]   // 50.5 + 100 = 150.5 fils → 150 (nearest ten)
    [InlineData("KWD", 1_090, 500, 100, 150)]   // 54.5 + 100 = 154.5 → 150
    [InlineData("KWD", 1_100, 500, 100, 160)]   // 55 + 100 = 155 → 160 (half up)
    [InlineData("KWD", 500, 5000, 300, 500)]    // never more than the payment
    [InlineData("ISK", 20_000, 500, 4_000, 5_000)] // 1,000 + 4,000 hundredths: 50 krónur
    [InlineData("ISK", 21_100, 500, 4_000, 5_100)] // 1,055 + 4,000 → 5,100
    public void The_fee_is_rounded_half_up_to_the_grid_and_capped(string currency, long amount, int basisPoints, long fixedAmount, long fee)
    {
        Assert.Equal(fee, PlatformFee.Of(amount, currency, basisPoints, fixedAmount));
        Assert.True(Currencies.IsOnGrid(currency, fee));
    }

    [Property(MaxTest = 1000)]
    public Property Any_fee_on_an_amount_on_the_grid_is_on_the_grid_and_at_most_the_amount() =>
        Prop.ForAll(
            (from currency in Gen.Elements("USD", "JPY", "KWD", "BHD", "ISK", "UGX")
             from raw in Gen.Choose(0, 10_000_000)
             from basisPoints in Gen.Choose(0, PlatformFee.MaxBasisPoints)
             from fixedAmount in Gen.Choose(0, 100_000)
             select (currency, raw, basisPoints, fixedAmount)).ToArbitrary(),
            c =>
            {
                var amount = c.raw / Currencies.Increment(c.currency) * Currencies.Increment(c.currency);
                var fee = PlatformFee.Of(amount, c.currency, c.basisPoints, c.fixedAmount);
                return Currencies.IsOnGrid(c.currency, fee) && fee >= 0 && fee <= amount;
            });

    [Fact]
    public void The_organizations_own_currency_uses_its_plan_and_others_the_table()
    {
        Assert.Equal(45, FeePlan.FixedFor("JPY", "JPY", 45, Table));
        Assert.Equal(30, FeePlan.FixedFor("USD", "JPY", 45, Table));
        Assert.Equal(100, FeePlan.FixedFor("KWD", "USD", 0, Table));
        Assert.Equal(0, FeePlan.FixedFor("EUR", "USD", 30, Table)); // no entry: no fixed part rather than a guess
        Assert.Equal(30, FeePlan.FixedFor("usd", "JPY", 45, Table));

        var plan = new FeePlan(500, 45, "JPY", Table);
        Assert.Equal((95L, 530L, 600L), (plan.FeeOn(1_000, "JPY"), plan.FeeOn(10_000, "USD"), plan.FeeOn(10_000, "KWD")));
    }

    [Fact]
    public void A_new_organization_takes_the_tables_fixed_fee_for_its_currency_or_the_default()
    {
        Assert.Equal(100, FeePlan.DefaultPlanFixedAmount("KWD", 30, Table));
        Assert.Equal(30, FeePlan.DefaultPlanFixedAmount("CHF", 30, Table));
        Assert.Equal(30, FeePlan.DefaultPlanFixedAmount(null, 30, Table));
    }

    [Fact]
    public void The_table_has_defaults_on_each_grid_and_configuration_overrides_or_adds_entries_whatever_the_case()
    {
        var defaults = new PaymentOptions().FeeFixedAmounts;
        Assert.Equal((30L, 40L, 100L), (defaults["USD"], defaults["JPY"], defaults["KWD"]));
        Assert.All(defaults, p => Assert.True(Currencies.IsOnGrid(p.Key, p.Value) && Currencies.Find(p.Key)!.Chargeable, p.Key));

        var options = new PaymentOptions();
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Payments:FeeFixedAmounts:usd"] = "50",
            ["Payments:FeeFixedAmounts:CZK"] = "700",
        }).Build().GetSection(PaymentOptions.Section).Bind(options);
        Assert.Equal(50, FeePlan.FixedFor("USD", "EUR", 0, options.FeeFixedAmounts));
        Assert.Equal(700, FeePlan.FixedFor("CZK", "EUR", 0, options.FeeFixedAmounts));
        Assert.Equal(defaults.Count + 1, options.FeeFixedAmounts.Count);
    }
}
