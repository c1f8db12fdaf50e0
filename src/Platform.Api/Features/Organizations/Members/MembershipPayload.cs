using Platform.Api.GraphQL.Errors;
using Platform.Tenancy;

namespace Platform.Api.Features.Organizations.Members;

public sealed record MembershipPayload(Membership? Membership) : Payload;
