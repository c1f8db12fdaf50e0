using Platform.Api.GraphQL.Errors;
using Platform.Tenancy;

namespace Platform.Api.Features.Organizations;

public sealed record OrganizationPayload(Tenant? Organization) : Payload;

public sealed record MembershipPayload(Membership? Membership) : Payload;

public sealed record InvitationPayload(Invitation? Invitation) : Payload;

public sealed record CustomerRolePayload(CustomerRole? CustomerRole) : Payload;

public sealed record RemoveMemberPayload(Guid? RemovedMembershipId) : Payload;
