using GraphQL.Types;
using Platform.Api.Features.Integrations.Domain;
using Platform.Api.Features.Integrations.Webhooks;
using Platform.Api.Features.Notifications;

namespace Platform.Api.Features.Integrations.GraphQL;

public sealed class WebhookDeliveryType : ObjectGraphType<NotificationDelivery>
{
    public WebhookDeliveryType()
    {
        Name = "WebhookDelivery";
        Description = "One event to one endpoint, with how its attempts went.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => WebhookEndpointIds.DeliveryOf(c.Source.Id));
        Field<NonNullGraphType<IdGraphType>>("endpointId")
            .Resolve(c => Guid.TryParse(c.Source.Recipient, out var id) ? WebhookEndpointIds.Of(id) : null);
        Field<NonNullGraphType<StringGraphType>>("eventType").Resolve(c => c.Source.Message);
        Field<StringGraphType>("eventId").Description("The Platform-Webhook-Id it is sent with (evt_…).")
            .Resolve(c => c.Source.OutboxEventId is { } id ? WebhookEventIds.Of(id) : null);
        Field<NonNullGraphType<WebhookDeliveryStateEnum>>("state").Resolve(c => c.Source.State);
        Field<NonNullGraphType<IntGraphType>>("attempts").Resolve(c => c.Source.Attempts);
        Field<IntGraphType>("lastStatusCode").Description("The HTTP status of the last attempt; null when none came.")
            .Resolve(c => c.Source.LastStatusCode);
        Field<IntGraphType>("lastDurationMs").Resolve(c => c.Source.LastDurationMs);
        Field<StringGraphType>("lastError").Resolve(c => c.Source.LastError);
        Field<DateTimeOffsetGraphType>("nextAttemptAt").Description("When it is tried next; null unless PENDING.")
            .Resolve(c => c.Source.State == DeliveryState.Pending ? c.Source.NextAttemptAt : null);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeOffsetGraphType>("sentAt").Resolve(c => c.Source.SentAt);
    }
}
