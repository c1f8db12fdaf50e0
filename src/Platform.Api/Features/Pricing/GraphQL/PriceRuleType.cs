using GraphQL.Types;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Pricing.GraphQL;

public sealed class PriceRuleType : ObjectGraphType<PriceRule>
{
    public const string TypeName = "PriceRule";

    public PriceRuleType()
    {
        this.ImplementNode(TypeName, r => r.Id);
        Description = "What customers with one role pay for an offering; amounts in minor units (cents).";
        Field<NonNullGraphType<StringGraphType>>("role")
            .Description("'public' (everyone) or a customer role key.")
            .Resolve(c => c.Source.RoleKey);
        Field(r => r.UnitAmount).Description("Per seat, in minor units; 0 is free.");
        Field(r => r.Currency);
        Field(r => r.FlatAmount, nullable: true).Description("A flat price for the whole group…");
        Field(r => r.FlatFromSeats, nullable: true).Description("…from this many seats, when cheaper.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SeatDiscountTierType>>>>("tiers").Resolve(c => c.Source.Tiers);
    }
}
