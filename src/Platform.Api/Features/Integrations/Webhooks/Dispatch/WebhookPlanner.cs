using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Notifications;
using Platform.Api.Features.Notifications.Dispatch;
using Platform.Api.Features.Notifications.Domain;
using Platform.Api.Features.Notifications.Outbox;

namespace Platform.Api.Features.Integrations.Webhooks.Dispatch;

/// <summary>
/// Who hears an event by webhook: every enabled endpoint of the organization subscribed to its type (a
/// <c>webhook.test</c> goes to the one endpoint it names). The body is built once and stored with each delivery: now,
/// or for a booking event on its first send (<see cref="WebhookSender"/>), so it carries the video room made meanwhile.
/// </summary>
public sealed class WebhookPlanner(PlatformDbContext db, WebhookPayloads payloads) : IDeliveryPlanner
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public async Task PlanAsync(OutboxEventFacts facts, DeliveryPlan plan, CancellationToken cancellationToken)
    {
        var type = facts.Type;
        List<Guid> endpoints;
        if (type == OutboxEventTypes.WebhookTest)
        {
            if (facts.Event.Data is null || JsonSerializer.Deserialize<WebhookTestData>(facts.Event.Data, Web) is not { } test) return;
            endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => e.Id == test.EndpointId && e.Enabled)
                .Select(e => e.Id).ToListAsync(cancellationToken);
        }
        else if (PublicEventTypes.Webhook.Contains(type))
        {
            endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => e.Enabled && e.Events.Contains(type))
                .OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(cancellationToken);
        }
        else return;

        if (endpoints.Count == 0) return;
        var body = facts.BookingEvent is not null ? null : await payloads.BuildAsync(facts, cancellationToken);
        foreach (var endpointId in endpoints)
        {
            plan.Add(new PlannedDelivery(
                DeliveryChannel.Webhook,
                endpointId.ToString(),
                type,
                DedupKeys.Of("webhook", facts.Event.Id, endpointId),
                Payload: body));
        }
    }
}
