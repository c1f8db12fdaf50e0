using GraphQL.Types;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Payments.Webhooks;

public sealed class WebhookInboxPayloadType : ObjectGraphType<WebhookInboxPayload>
{
    public WebhookInboxPayloadType()
    {
        Name = "RetryPaymentWebhookPayload";
        Field<WebhookInboxEventType>("event").Resolve(c => c.Source.Event);
        this.AddUserErrors();
    }
}
