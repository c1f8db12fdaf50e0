using GraphQL.Types;

namespace Platform.Api.Features.Integrations.Webhooks.Deliveries;

public sealed class SendTestWebhookInputType : InputObjectGraphType<SendTestWebhookInput>
{
    public SendTestWebhookInputType()
    {
        Name = "SendTestWebhookInput";
        Field<NonNullGraphType<IdGraphType>>("endpointId");
    }
}
