using Platform.Api.GraphQL.Errors;
using Platform.Tenancy;

namespace Platform.Api.Features.Organizations.Invitations;

public sealed record InvitationPayload(Invitation? Invitation) : Payload;
