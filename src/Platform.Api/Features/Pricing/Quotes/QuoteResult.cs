using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Pricing.Quotes;

public sealed record QuoteResult(Quote? Quote) : Payload;
