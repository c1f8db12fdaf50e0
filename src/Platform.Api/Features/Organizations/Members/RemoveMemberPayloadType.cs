using GraphQL.Types;
using Platform.Api.Features.Organizations.GraphQL;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Organizations.Members;

public sealed class RemoveMemberPayloadType : ObjectGraphType<RemoveMemberPayload>
{
    public RemoveMemberPayloadType()
    {
        Name = "RemoveMemberPayload";
        Field<IdGraphType>("removedMembershipId")
            .Resolve(c =>
                c.Source.RemovedMembershipId is { } id ? Platform.Api.GraphQL.Relay.GlobalId.Encode(MembershipType.TypeName, id) : null
            );
        this.AddUserErrors();
    }
}
