using GraphQL.Types;
using Platform.Api.Features.Organizations.GraphQL;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Organizations.Administration;

public sealed class OrganizationPayloadType : ObjectGraphType<OrganizationPayload>
{
    public OrganizationPayloadType()
    {
        Name = "OrganizationPayload";
        Field<OrganizationType>("organization").Resolve(c => c.Source.Organization);
        this.AddUserErrors();
    }
}
