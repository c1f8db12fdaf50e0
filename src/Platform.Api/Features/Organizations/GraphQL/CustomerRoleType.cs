using GraphQL.Types;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Organizations.GraphQL;

public sealed class CustomerRoleType : ObjectGraphType<CustomerRole>
{
    public const string TypeName = "CustomerRole";

    public CustomerRoleType()
    {
        this.ImplementNode(TypeName, r => r.Id);
        Description = "An organization-defined customer role that prices can depend on.";
        Field(r => r.Key);
        Field(r => r.Name);
        Field(r => r.Description, nullable: true);
    }
}
