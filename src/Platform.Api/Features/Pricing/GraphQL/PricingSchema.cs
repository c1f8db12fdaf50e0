using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Pricing.Quotes;
using Platform.Api.Features.Pricing.Rules;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Pricing.GraphQL;

/// <summary>The pricing feature's root fields.</summary>
public static class PricingSchema
{
    public static void AddPricingQueries(this ObjectGraphType query)
    {
        query
            .Field<NonNullGraphType<QuoteResultType>>("quote")
            .Description(
                "What you would pay for this many seats at this start, by your best customer role, and the refund "
                    + "deadlines. Public: anyone may ask, signed in or not."
            )
            .Argument<NonNullGraphType<IdGraphType>>("offeringId")
            .Argument<NonNullGraphType<IntGraphType>>("seats", a => a.DefaultValue = 1)
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("start")
            .ResolveAsync(async c =>
                c.Caller().Tenant is null
                    ? new QuoteResult(null)
                    {
                        UserErrors = [new UserError("ORGANIZATION_REQUIRED", "Ask at the organization's address, /t/{slug}/graphql.")],
                    }
                    : await c.Service<PricingService>()
                        .QuoteAsync(
                            c.Caller(),
                            new QuoteRequest(
                                c.GetArgument<string>("offeringId"),
                                c.GetArgument<int?>("seats") ?? 1,
                                c.GetArgument<DateTimeOffset>("start")
                            ),
                            c.CancellationToken
                        )
            );
    }

    public static void AddPricingMutations(this ObjectGraphType mutation)
    {
        mutation
            .Field<NonNullGraphType<PriceRulesPayloadType>>("setPriceRules")
            .Description("Replaces an offering's price rules: one per role, one currency.")
            .Argument<NonNullGraphType<IdGraphType>>("offeringId")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<PriceRuleInputType>>>>("rules")
            .RequireAdministrator()
            .ResolveAsync(async c =>
                await c.Service<PricingService>()
                    .SetRulesAsync(c.GetArgument<string>("offeringId"), c.GetArgument<List<PriceRuleInput>>("rules"), c.CancellationToken)
            );
    }
}
