using GraphQL.Types;

namespace Platform.Api.Features.Integrations.Webhooks.Deliveries;

public sealed class RedeliverWebhookInputType : InputObjectGraphType<RedeliverWebhookInput>
{
    public RedeliverWebhookInputType()
    {
        Name = "RedeliverWebhookInput";
        Field<NonNullGraphType<IdGraphType>>("deliveryId");
    }
}
