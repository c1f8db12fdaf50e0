using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Organizations.Members;

public sealed record RemoveMemberPayload(Guid? RemovedMembershipId) : Payload;
