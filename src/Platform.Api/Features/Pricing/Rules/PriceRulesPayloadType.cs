using GraphQL.Types;
using Platform.Api.Features.Offerings.GraphQL;
using Platform.Api.Features.Pricing.GraphQL;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Pricing.Rules;

public sealed class PriceRulesPayloadType : ObjectGraphType<PriceRulesPayload>
{
    public PriceRulesPayloadType()
    {
        Name = "PriceRulesPayload";
        Field<OfferingType>("offering").Resolve(c => c.Source.Offering);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PriceRuleType>>>>("priceRules").Resolve(c => c.Source.PriceRules);
        this.AddUserErrors();
    }
}
