using GraphQL.Types;
using Platform.Api.Features.Pricing.Domain;

namespace Platform.Api.Features.Pricing.Rules;

public sealed class SeatDiscountTierInputType : InputObjectGraphType<SeatDiscountTier>
{
    public SeatDiscountTierInputType()
    {
        Name = "SeatDiscountTierInput";
        Field(t => t.MinSeats).Description("From this many seats (2 or more)…");
        Field(t => t.PercentOff).Description("…this percentage off the per-seat total.");
    }
}
