using GraphQL.Types;

namespace Platform.Api.Features.Integrations.Webhooks.Endpoints;

public sealed class DeleteWebhookEndpointInputType : InputObjectGraphType<DeleteWebhookEndpointInput>
{
    public DeleteWebhookEndpointInputType()
    {
        Name = "DeleteWebhookEndpointInput";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
