using GraphQL.Types;
using Platform.Api.Features.Integrations.ApiKeys;
using Platform.Api.Features.Organizations.GraphQL;

namespace Platform.Api.Features.Integrations.GraphQL;

public sealed class CreateIntegrationClientInputType : InputObjectGraphType<CreateIntegrationClientInput>
{
    public CreateIntegrationClientInputType()
    {
        Name = "CreateIntegrationClientInput";
        Field(i => i.Name).Description("What uses the key, for your records.");
        Field<NonNullGraphType<StaffRoleEnum>>("staffRole").Description("What the key may do; at most your own role.");
    }
}
