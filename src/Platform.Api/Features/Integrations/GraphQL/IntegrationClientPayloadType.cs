using GraphQL.Types;
using Platform.Api.Features.Integrations.ApiKeys;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Integrations.GraphQL;

public sealed class IntegrationClientPayloadType : ObjectGraphType<IntegrationClientPayload>
{
    public IntegrationClientPayloadType()
    {
        Name = "IntegrationClientPayload";
        Field<IntegrationClientType>("client").Resolve(c => c.Source.Client);
        Field<StringGraphType>("clientId").Resolve(c => c.Source.Client?.ClientId);
        Field<StringGraphType>("clientSecret")
            .Description(
                "Only in the answer to createIntegrationClient and rotateIntegrationClientSecret: store it now, it is never shown again.")
            .Resolve(c => c.Source.ClientSecret);
        this.AddUserErrors();
    }
}
