using GraphQL.Types;
using Platform.Api.Features.Pricing.Domain;

namespace Platform.Api.Features.Pricing.GraphQL;

public sealed class SeatDiscountTierType : ObjectGraphType<SeatDiscountTier>
{
    public SeatDiscountTierType()
    {
        Name = "SeatDiscountTier";
        Field(t => t.MinSeats);
        Field(t => t.PercentOff);
    }
}
