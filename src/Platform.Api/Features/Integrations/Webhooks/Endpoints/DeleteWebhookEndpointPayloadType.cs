using GraphQL.Types;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Integrations.Webhooks.Endpoints;

public sealed class DeleteWebhookEndpointPayloadType : ObjectGraphType<DeleteWebhookEndpointPayload>
{
    public DeleteWebhookEndpointPayloadType()
    {
        Name = "DeleteWebhookEndpointPayload";
        Field<IdGraphType>("deletedEndpointId").Resolve(c => c.Source.DeletedEndpointId);
        Field<NonNullGraphType<IntGraphType>>("cancelledDeliveries")
            .Description("Its deliveries that were still pending, now CANCELLED.")
            .Resolve(c => c.Source.CancelledDeliveries);
        this.AddUserErrors();
    }
}
