using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Platform.Api.Features.Payments.Domain.Money;

namespace Platform.UnitTests.Payments;

/// <summary>Rounding to the grid, for every chargeable currency and any amount.</summary>
public sealed class CurrencyPropertyTests
{
    private static readonly string[] Codes = [.. Currencies.Known.Where(c => c.Chargeable).Select(c => c.Code)];

    private static readonly MidpointRounding[] Modes = Enum.GetValues<MidpointRounding>();

    private static Arbitrary<(string Code, long Amount, MidpointRounding Mode)> Cases() =>
        (from code in Gen.Elements(Codes)
         from amount in Gen.Choose(-1_000_000, 100_000_000)
         from mode in Gen.Elements(Modes)
         select (code, (long)amount, mode)).ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property Rounding_lands_on_the_grid_within_one_step_in_the_direction_asked() =>
        Prop.ForAll(Cases(), c =>
        {
            var rounded = Currencies.RoundToGrid(c.Code, c.Amount, c.Mode);
            var step = Currencies.Increment(c.Code);
            var directionHolds = c.Mode switch
            {
                MidpointRounding.ToPositiveInfinity => rounded >= c.Amount,
                MidpointRounding.ToNegativeInfinity => rounded <= c.Amount,
                MidpointRounding.ToZero => Math.Abs(rounded) <= Math.Abs(c.Amount),
                _ => Math.Abs(rounded - c.Amount) * 2 <= step,
            };
            return Currencies.IsOnGrid(c.Code, rounded) && Math.Abs(rounded - c.Amount) < step && directionHolds;
        });

    [Property(MaxTest = 1000)]
    public Property Amounts_on_the_grid_are_left_alone() =>
        Prop.ForAll(Cases(), c =>
        {
            var onGrid = c.Amount / Currencies.Increment(c.Code) * Currencies.Increment(c.Code);
            return Currencies.RoundToGrid(c.Code, onGrid, c.Mode) == onGrid;
        });

    [Property(MaxTest = 1000)]
    public Property A_chargeable_amount_is_on_the_grid_and_between_the_minimum_and_the_maximum() =>
        Prop.ForAll(Cases(), c =>
        {
            var currency = Currencies.Find(c.Code)!;
            var chargeable = Currencies.CheckChargeable(c.Code, c.Amount) is null;
            var expected = c.Amount == 0
                || (c.Amount % currency.Increment == 0 && c.Amount >= currency.MinimumCharge && c.Amount <= currency.MaximumCharge);
            return chargeable == expected;
        });
}
