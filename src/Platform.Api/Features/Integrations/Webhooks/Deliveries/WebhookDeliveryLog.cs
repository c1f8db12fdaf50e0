using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Integrations.Domain;
using Platform.Api.Features.Notifications;
using Platform.Api.Features.Notifications.Dispatch;
using Platform.Api.Features.Notifications.Domain;
using Platform.Api.Features.Notifications.Outbox;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Relay;
using Platform.Tenancy;

namespace Platform.Api.Features.Integrations.Webhooks.Deliveries;

/// <summary>An endpoint's deliveries (newest first), a redelivery of one, and a test event.</summary>
public sealed class WebhookDeliveryLog(PlatformDbContext db, ICurrentTenant currentTenant, OutboxDispatcher dispatcher, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    /// <summary>Null when the endpoint is not this organization's.</summary>
    public async Task<Connection<NotificationDelivery>?> PageAsync(
        string endpointId, int? first, string? after, CancellationToken cancellationToken)
    {
        if (WebhookEndpointIds.Endpoint(endpointId) is not { } id
            || !await db.WebhookEndpoints.AnyAsync(e => e.Id == id, cancellationToken)) return null;
        var size = Math.Clamp(first ?? 20, 0, MaxPageSize);
        var recipient = id.ToString();
        var query = db.NotificationDeliveries.AsNoTracking().Where(d => d.Channel == DeliveryChannel.Webhook && d.Recipient == recipient);
        var whole = query;
        if (after is not null)
        {
            if (WebhookEndpointIds.Delivery(after) is not { } cursor)
                throw new global::GraphQL.ExecutionError("'after' is not a cursor from this list.") { Code = "INVALID_CURSOR" };
            query = query.Where(d => d.Id.CompareTo(cursor) < 0);
        }

        // Ids are UUIDv7: newest first by id is newest first by creation.
        var rows = await query.OrderByDescending(d => d.Id).Take(size + 1).ToListAsync(cancellationToken);
        var edges = rows.Take(size)
            .Select(d => new Edge<NotificationDelivery> { Node = d, Cursor = GlobalId.Encode(WebhookEndpointIds.DeliveryTypeName, d.Id) })
            .ToList();
        return new CountedConnection<NotificationDelivery>(ct => whole.CountAsync(ct))
        {
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasNextPage = rows.Count > size,
                HasPreviousPage = after is not null,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    /// <summary>A new delivery of the same body (so the same <c>Platform-Webhook-Id</c>), due now.</summary>
    public async Task<RedeliverWebhookPayload> RedeliverAsync(RedeliverWebhookInput input, CancellationToken cancellationToken)
    {
        var original = WebhookEndpointIds.Delivery(input.DeliveryId) is { } id
            ? await db.NotificationDeliveries.AsNoTracking()
                .SingleOrDefaultAsync(d => d.Id == id && d.Channel == DeliveryChannel.Webhook, cancellationToken)
            : null;
        if (original is null) return new RedeliverWebhookPayload(null) { UserErrors = [NotFound("deliveryId", "delivery")] };
        if (await EndpointAsync(original.Recipient, cancellationToken) is not { } endpoint)
            return new RedeliverWebhookPayload(null) { UserErrors = [NotFound("deliveryId", "delivery")] };
        if (!endpoint.Enabled) return new RedeliverWebhookPayload(null) { UserErrors = [Disabled("deliveryId")] };

        var now = clock.GetDatabaseNow();
        var copy = new NotificationDelivery
        {
            Id = Guid.CreateVersion7(),
            TenantId = original.TenantId,
            OutboxEventId = original.OutboxEventId,
            EventSequence = original.EventSequence,
            BookingId = original.BookingId,
            Channel = DeliveryChannel.Webhook,
            Recipient = original.Recipient,
            Message = original.Message,
            DedupKey = DedupKeys.Of("webhook-redelivery", original.Id, Guid.NewGuid()),
            Payload = original.Payload,
            State = DeliveryState.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
        };
        db.NotificationDeliveries.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        dispatcher.Wake(copy.TenantId);
        return new RedeliverWebhookPayload(copy);
    }

    /// <summary>A <c>webhook.test</c> event for this endpoint alone, through the outbox like any other.</summary>
    public async Task<SendTestWebhookPayload> SendTestAsync(SendTestWebhookInput input, CancellationToken cancellationToken)
    {
        var endpoint = WebhookEndpointIds.Endpoint(input.EndpointId) is { } id
            ? await db.WebhookEndpoints.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            : null;
        if (endpoint is null) return new SendTestWebhookPayload(null, null) { UserErrors = [NotFound("endpointId", "webhook endpoint")] };
        if (!endpoint.Enabled) return new SendTestWebhookPayload(null, null) { UserErrors = [Disabled("endpointId")] };
        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("No organization resolved.");
        var outboxEvent = Outbox.New(tenantId, OutboxEventTypes.WebhookTest, clock.GetDatabaseNow(), new WebhookTestData(endpoint.Id));
        db.OutboxEvents.Add(outboxEvent);
        await db.SaveChangesAsync(cancellationToken);
        return new SendTestWebhookPayload(endpoint, WebhookEventIds.Of(outboxEvent.Id));
    }

    private async Task<WebhookEndpoint?> EndpointAsync(string recipient, CancellationToken cancellationToken) =>
        Guid.TryParse(recipient, out var id)
            ? await db.WebhookEndpoints.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            : null;

    private static UserError NotFound(string field, string what) => new("NOT_FOUND", $"No such {what} in this organization.", field);

    private static UserError Disabled(string field) =>
        new("ENDPOINT_DISABLED", "The endpoint is disabled; enable it first (updateWebhookEndpoint).", field);
}
