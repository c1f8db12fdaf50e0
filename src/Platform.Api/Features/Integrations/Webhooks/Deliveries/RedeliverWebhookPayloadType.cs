using GraphQL.Types;
using Platform.Api.Features.Integrations.GraphQL;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Integrations.Webhooks.Deliveries;

public sealed class RedeliverWebhookPayloadType : ObjectGraphType<RedeliverWebhookPayload>
{
    public RedeliverWebhookPayloadType()
    {
        Name = "RedeliverWebhookPayload";
        Field<WebhookDeliveryType>("delivery").Description("The new delivery: the same body and Platform-Webhook-Id, due now.")
            .Resolve(c => c.Source.Delivery);
        this.AddUserErrors();
    }
}
