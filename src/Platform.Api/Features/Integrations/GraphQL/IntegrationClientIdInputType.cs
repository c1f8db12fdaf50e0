using GraphQL.Types;

namespace Platform.Api.Features.Integrations.GraphQL;

/// <summary>The input of rotateIntegrationClientSecret and revokeIntegrationClient: which key.</summary>
public sealed class IntegrationClientIdInputType : InputObjectGraphType
{
    public IntegrationClientIdInputType()
    {
        Name = "IntegrationClientIdInput";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
