using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Organizations.Invitations;

public sealed record InvitationPayload(Invitation? Invitation) : Payload;
