using GraphQL.Types;
using Platform.Api.Features.Organizations.GraphQL;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Organizations.Members;

public sealed class MembershipPayloadType : ObjectGraphType<MembershipPayload>
{
    public MembershipPayloadType()
    {
        Name = "MembershipPayload";
        Field<MembershipType>("membership").Resolve(c => c.Source.Membership);
        this.AddUserErrors();
    }
}
