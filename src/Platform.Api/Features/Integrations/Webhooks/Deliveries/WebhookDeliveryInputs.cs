using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Integrations.Webhooks.Deliveries;

// The inputs and results of redeliverWebhook and sendTestWebhook (ids are global ids).

public sealed record RedeliverWebhookInput(string DeliveryId);

public sealed record SendTestWebhookInput(string EndpointId);

public sealed record RedeliverWebhookPayload(Notifications.NotificationDelivery? Delivery) : Payload;

/// <summary><paramref name="EventId"/>: the test event's id, as its delivery will carry it in <c>Platform-Webhook-Id</c>.</summary>
public sealed record SendTestWebhookPayload(WebhookEndpoint? Endpoint, string? EventId) : Payload;
