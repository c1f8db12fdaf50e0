using GraphQL.Types;
using Platform.Api.Features.Organizations.GraphQL;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Organizations.Invitations;

public sealed class InvitationPayloadType : ObjectGraphType<InvitationPayload>
{
    public InvitationPayloadType()
    {
        Name = "InvitationPayload";
        Field<InvitationType>("invitation").Resolve(c => c.Source.Invitation);
        this.AddUserErrors();
    }
}
