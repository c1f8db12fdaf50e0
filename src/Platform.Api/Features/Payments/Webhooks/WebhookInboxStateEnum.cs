using GraphQL.Types;

namespace Platform.Api.Features.Payments.Webhooks;

public sealed class WebhookInboxStateEnum : EnumerationGraphType<WebhookInboxState>
{
    public WebhookInboxStateEnum()
    {
        Name = "WebhookInboxState";
        Description =
            "PENDING: stored, not processed yet (queued, retrying, or waiting for its object). PROCESSED. DEAD: given up after repeated "
            + "failures.";
    }
}
