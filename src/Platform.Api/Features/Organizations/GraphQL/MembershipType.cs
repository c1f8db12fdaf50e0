using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Organizations.GraphQL;

public sealed class MembershipType : ObjectGraphType<Membership>
{
    public const string TypeName = "Membership";

    public MembershipType()
    {
        this.ImplementNode(TypeName, m => m.Id);
        Description = "A user's place in one organization.";
        Field<NonNullGraphType<OrganizationType>>("organization").Resolve(c => c.Loaders().TenantsById(c.Db()).Load(c.Source.TenantId));
        Field<NonNullGraphType<UserType>>("user").Resolve(c => c.Loaders().UsersById(c.Db()).Load(c.Source.UserId));
        Field<StaffRoleEnum>("staffRole").Description("Null for customers.").Resolve(c => c.Source.StaffRole);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("customerRoles")
            .Description("Assigned customer role keys, always including 'public'.")
            .Resolve(c => new[] { CustomerRole.Public }.Concat(c.Source.CustomerRoles).ToList());
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
    }
}
