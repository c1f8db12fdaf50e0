using GraphQL.Types;
using Platform.Api.Features.Integrations.GraphQL;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Integrations.Webhooks.Deliveries;

public sealed class SendTestWebhookPayloadType : ObjectGraphType<SendTestWebhookPayload>
{
    public SendTestWebhookPayloadType()
    {
        Name = "SendTestWebhookPayload";
        Field<WebhookEndpointType>("endpoint").Resolve(c => c.Source.Endpoint);
        Field<StringGraphType>("eventId").Description("The test event's id (its Platform-Webhook-Id).").Resolve(c => c.Source.EventId);
        this.AddUserErrors();
    }
}
