using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Offerings.Editing;

public sealed record OfferingPayload(Offering? Offering) : Payload;
