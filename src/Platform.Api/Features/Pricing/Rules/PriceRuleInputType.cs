using GraphQL.Types;

namespace Platform.Api.Features.Pricing.Rules;

public sealed class PriceRuleInputType : InputObjectGraphType<PriceRuleInput>
{
    public PriceRuleInputType()
    {
        Name = "PriceRuleInput";
        Field(r => r.Role).Description("'public' or a defined customer role key.");
        Field(r => r.UnitAmount).Description("Per seat, in minor units; 0 is free.");
        Field(r => r.Currency).Description("ISO 4217; one currency per offering.");
        Field(r => r.FlatAmount, nullable: true);
        Field(r => r.FlatFromSeats, nullable: true);
        Field<ListGraphType<NonNullGraphType<SeatDiscountTierInputType>>>("tiers");
    }
}
