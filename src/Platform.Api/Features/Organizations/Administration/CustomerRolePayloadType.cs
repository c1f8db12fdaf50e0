using GraphQL.Types;
using Platform.Api.Features.Organizations.GraphQL;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Organizations.Administration;

public sealed class CustomerRolePayloadType : ObjectGraphType<CustomerRolePayload>
{
    public CustomerRolePayloadType()
    {
        Name = "CustomerRolePayload";
        Field<CustomerRoleType>("customerRole").Resolve(c => c.Source.CustomerRole);
        this.AddUserErrors();
    }
}
