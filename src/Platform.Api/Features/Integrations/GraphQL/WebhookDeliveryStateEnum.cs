using GraphQL.Types;
using Platform.Api.Features.Notifications;

namespace Platform.Api.Features.Integrations.GraphQL;

public sealed class WebhookDeliveryStateEnum : EnumerationGraphType<DeliveryState>
{
    public WebhookDeliveryStateEnum()
    {
        Name = "WebhookDeliveryState";
        Description = "PENDING (waiting for its first or next attempt) → SENT, FAILED (given up or refused) or CANCELLED.";
    }
}
