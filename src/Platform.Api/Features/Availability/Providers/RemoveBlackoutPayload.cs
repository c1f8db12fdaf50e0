using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Availability.Providers;

public sealed record RemoveBlackoutPayload(Guid? RemovedBlackoutId) : Payload;
