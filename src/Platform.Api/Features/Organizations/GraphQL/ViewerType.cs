using GraphQL.Types;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Organizations.GraphQL;

public sealed class ViewerType : ObjectGraphType<Viewer>
{
    public ViewerType()
    {
        Name = "Viewer";
        Field<NonNullGraphType<UserType>>("user").Resolve(c => c.Loaders().UsersById(c.Db()).Load(c.Source.UserId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MembershipType>>>>("memberships")
            .Description("Every organization you belong to.")
            .Resolve(c => c.Loaders().MembershipsByUser(c.Db()).Load(c.Source.UserId));
        Field<MembershipType>("membership")
            .Description("Your membership in the resolved organization, if any.")
            .Resolve(c => c.Caller().Membership);
    }
}
