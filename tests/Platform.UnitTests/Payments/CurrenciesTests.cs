using Platform.Api.Features.Payments.Domain.Money;

namespace Platform.UnitTests.Payments;

/// <summary>The currency table and Stripe's rules (https://docs.stripe.com/currencies), USD, JPY and KWD first.</summary>
public sealed class CurrenciesTests
{
    [Theory]
    [InlineData("USD", 2, 2, 1, 50)]     // $0.50
    [InlineData("GBP", 2, 2, 1, 30)]     // £0.30
    [InlineData("EUR", 2, 2, 1, 50)]
    [InlineData("HUF", 2, 2, 1, 17500)]  // two-decimal for charges; only payouts are whole forints
    [InlineData("TWD", 2, 2, 1, 5000)]
    [InlineData("JPY", 0, 0, 1, 50)]     // zero-decimal: ¥50
    [InlineData("KRW", 0, 0, 1, 2000)]
    [InlineData("MGA", 2, 0, 1, 5000)]   // ISO says two decimals, Stripe zero
    [InlineData("KWD", 3, 3, 10, 500)]   // three-decimal, last digit 0: 0.500 KWD
    [InlineData("BHD", 3, 3, 10, 500)]
    [InlineData("TND", 3, 3, 10, 5000)]
    [InlineData("ISK", 0, 2, 100, 20000)] // whole krónur written in hundredths
    [InlineData("UGX", 0, 2, 100, 500000)]
    public void Each_currency_has_its_minor_units_grid_and_minimum(string code, int iso, int minorUnits, long increment, long minimum)
    {
        var currency = Currencies.Find(code)!;
        Assert.Equal((iso, minorUnits, increment, minimum, true), (currency.IsoMinorUnits, currency.MinorUnits, currency.Increment, currency.MinimumCharge, currency.Chargeable));
        Assert.Equal((minorUnits, increment, minimum), (Currencies.MinorUnits(code), Currencies.Increment(code), Currencies.MinimumCharge(code)));
    }

    [Fact]
    public void Minimums_are_Stripes_where_it_lists_one_and_ours_elsewhere()
    {
        Assert.True(Currencies.Find("USD")!.MinimumFromStripe);
        Assert.True(Currencies.Find("JPY")!.MinimumFromStripe);
        Assert.False(Currencies.Find("KWD")!.MinimumFromStripe);
        Assert.All(Currencies.Known.Where(c => c.Chargeable), c =>
        {
            Assert.True(c.MinimumCharge >= c.Increment, c.Code);
            Assert.Equal(0, c.MinimumCharge % c.Increment);
            Assert.Equal(0, c.MaximumCharge % c.Increment);
        });
    }

    [Fact]
    public void The_table_covers_every_active_code_once_and_every_Stripe_list_names_a_known_code()
    {
        Assert.True(Currencies.Known.Count() > 150);
        Assert.All(Currencies.Known, c => Assert.Matches("^[A-Z]{3}$", c.Code));
        Assert.Equal(Currencies.Known.Count(), Currencies.Known.Select(c => c.Code).Distinct().Count());
        // A typo in a minimum or a kind list would silently leave a currency on the defaults.
        var listed = new[] { "BIF CLP DJF GNF JPY KMF KRW MGA PYG RWF VND VUV XAF XOF XPF", "BHD JOD KWD OMR TND", "ISK UGX" }
            .SelectMany(l => l.Split(' '));
        Assert.All(listed, code => Assert.True(Currencies.Find(code)?.Chargeable, code));
        Assert.Equal(Currencies.Known.Count(c => c.Chargeable), Currencies.Known.Count(c => c.Chargeable && c.MinimumCharge > 0));
    }

    [Theory]
    [InlineData("IRR")] // ISO, but Stripe does not present it
    [InlineData("IQD")] // three decimals at ISO, not at Stripe
    [InlineData("CLF")]
    public void Currencies_Stripe_does_not_present_are_known_but_not_chargeable(string code)
    {
        Assert.False(Currencies.Find(code)!.Chargeable);
        Assert.Equal(ChargeRefusalKind.NotChargeable, Currencies.CheckChargeable(code, 100_000)?.Kind);
        Assert.Null(Currencies.CheckChargeable(code, 0));
    }

    [Fact]
    public void Unknown_codes_are_not_found_and_get_a_grid_of_one_so_arithmetic_never_fails()
    {
        Assert.Null(Currencies.Find("XYZ"));
        Assert.Null(Currencies.Find(null));
        Assert.Null(Currencies.Find("usd"));
        Assert.Equal((1L, 2, 0L), (Currencies.Increment("XYZ"), Currencies.MinorUnits("XYZ"), Currencies.MinimumCharge("XYZ")));
        Assert.Equal(ChargeRefusalKind.UnknownCurrency, Currencies.CheckChargeable("XYZ", 100)?.Kind);
    }

    [Theory]
    [InlineData("USD", 1005, true)]
    [InlineData("JPY", 1005, true)]
    [InlineData("KWD", 1005, false)]
    [InlineData("KWD", 1010, true)]
    [InlineData("KWD", 0, true)]
    [InlineData("KWD", -20, true)]
    [InlineData("ISK", 550, false)]
    [InlineData("ISK", 500, true)]
    public void On_the_grid_means_a_multiple_of_the_increment(string code, long amount, bool onGrid) =>
        Assert.Equal(onGrid, Currencies.IsOnGrid(code, amount));

    [Theory]
    [InlineData("KWD", 1005, MidpointRounding.AwayFromZero, 1010)]
    [InlineData("KWD", 1005, MidpointRounding.ToEven, 1000)]
    [InlineData("KWD", 1005, MidpointRounding.ToZero, 1000)]
    [InlineData("KWD", 1001, MidpointRounding.ToPositiveInfinity, 1010)]
    [InlineData("KWD", 1009, MidpointRounding.ToNegativeInfinity, 1000)]
    [InlineData("KWD", 1004, MidpointRounding.AwayFromZero, 1000)]
    [InlineData("KWD", 1010, MidpointRounding.ToPositiveInfinity, 1010)]
    [InlineData("ISK", 12_345, MidpointRounding.AwayFromZero, 12_300)]
    [InlineData("ISK", 12_350, MidpointRounding.AwayFromZero, 12_400)]
    [InlineData("USD", 1005, MidpointRounding.ToPositiveInfinity, 1005)]
    [InlineData("JPY", 1005, MidpointRounding.ToNegativeInfinity, 1005)]
    public void Rounding_to_the_grid_follows_the_mode(string code, long amount, MidpointRounding mode, long expected) =>
        Assert.Equal(expected, Currencies.RoundToGrid(code, amount, mode));

    [Theory]
    [InlineData("USD", 12.5, MidpointRounding.AwayFromZero, 13)]
    [InlineData("USD", 12.5, MidpointRounding.ToEven, 12)]
    [InlineData("USD", 12.01, MidpointRounding.ToPositiveInfinity, 13)]
    [InlineData("KWD", 125.0, MidpointRounding.AwayFromZero, 130)]
    [InlineData("KWD", 124.9, MidpointRounding.AwayFromZero, 120)]
    [InlineData("JPY", 0.5, MidpointRounding.AwayFromZero, 1)]
    public void Fractional_amounts_round_onto_the_grid(string code, double amount, MidpointRounding mode, long expected) =>
        Assert.Equal(expected, Currencies.RoundToGrid(code, (decimal)amount, mode));

    [Theory]
    [InlineData("USD", 50, null)]
    [InlineData("USD", 49, ChargeRefusalKind.BelowMinimum)]
    [InlineData("USD", 0, null)]
    [InlineData("USD", -1, ChargeRefusalKind.Negative)]
    [InlineData("USD", 99_999_999, null)]
    [InlineData("USD", 100_000_000, ChargeRefusalKind.AboveMaximum)]
    [InlineData("IDR", 100_000_000, null)] // twelve digits for IDR
    [InlineData("JPY", 50, null)]
    [InlineData("JPY", 49, ChargeRefusalKind.BelowMinimum)]
    [InlineData("JPY", 1, ChargeRefusalKind.BelowMinimum)]
    [InlineData("KWD", 1005, ChargeRefusalKind.OffGrid)]
    [InlineData("KWD", 495, ChargeRefusalKind.OffGrid)] // off the grid is the first thing to fix
    [InlineData("KWD", 490, ChargeRefusalKind.BelowMinimum)]
    [InlineData("KWD", 500, null)]
    [InlineData("KWD", 99_999_990, null)]
    [InlineData("ISK", 20_050, ChargeRefusalKind.OffGrid)]
    [InlineData("ISK", 20_000, null)]
    public void CheckChargeable_gives_the_reason_Stripe_would_refuse(string code, long amount, ChargeRefusalKind? kind) =>
        Assert.Equal(kind, Currencies.CheckChargeable(code, amount)?.Kind);

    [Fact]
    public void Refusals_carry_a_code_and_a_message_in_major_units()
    {
        var offGrid = Currencies.CheckChargeable("KWD", 1005)!;
        Assert.Equal("AMOUNT_OFF_GRID", offGrid.Code);
        Assert.Equal("1.005 KWD cannot be charged: Stripe takes KWD only in steps of 0.010 KWD.", offGrid.Message);
        var low = Currencies.CheckChargeable("JPY", 10)!;
        Assert.Equal(("AMOUNT_BELOW_MINIMUM", "10 JPY is below the smallest charge, 50 JPY."), (low.Code, low.Message));
        Assert.Equal("CURRENCY_NOT_CHARGEABLE", Currencies.CheckChargeable("IRR", 100)!.Code);
        Assert.Equal("AMOUNT_ABOVE_MAXIMUM", Currencies.CheckChargeable("USD", long.MaxValue)!.Code);
        Assert.Equal(("0.50 USD", "200.00 ISK"), (Currencies.Format("USD", 50), Currencies.Format("ISK", 20_000)));
    }
}
