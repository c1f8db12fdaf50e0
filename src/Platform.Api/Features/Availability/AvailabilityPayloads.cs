using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Availability;

public sealed record ProviderPayload(Provider? Provider) : Payload;

public sealed record BlackoutPayload(Blackout? Blackout) : Payload;

public sealed record RemoveBlackoutPayload(Guid? RemovedBlackoutId) : Payload;
