using Platform.Api.Features.Offerings;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Pricing.Rules;

public sealed record PriceRulesPayload(Offering? Offering, IReadOnlyList<PriceRule> PriceRules) : Payload;
