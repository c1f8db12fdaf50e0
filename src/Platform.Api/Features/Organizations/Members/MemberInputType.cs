using GraphQL.Types;
using Platform.Api.Features.Organizations.GraphQL;

namespace Platform.Api.Features.Organizations.Members;

public sealed class MemberInputType : InputObjectGraphType<MemberInput>
{
    public MemberInputType()
    {
        Name = "MemberInput";
        Field(i => i.Email);
        Field<StaffRoleEnum>("staffRole");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("customerRoles");
    }
}
