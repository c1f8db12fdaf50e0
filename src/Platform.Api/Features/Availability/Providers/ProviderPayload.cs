using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Availability.Providers;

public sealed record ProviderPayload(Provider? Provider) : Payload;
