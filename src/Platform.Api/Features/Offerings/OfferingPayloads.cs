using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Offerings;

public sealed record OfferingPayload(Offering? Offering) : Payload;
