using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Api.Data;
using Platform.Tenancy;

namespace Platform.Api.Features.Notifications.Dispatch;

/// <summary>
/// Stage two, under one organization: claims due deliveries (a lease no other worker crosses; a webhook, calendar or
/// video delivery waits while an earlier one of the same booking to the same recipient is pending, so each endpoint,
/// calendar and room hears a booking in order; everything of a booking waits, at most VideoWaitSeconds, while its
/// video room is being made, so the link is in the email), sends them in parallel through the channel's
/// <see cref="IDeliverySender"/>, and records each outcome.
/// A worker that dies mid-send leaves its claim to lapse; the delivery then goes out from another.
/// </summary>
public sealed class DeliveryWorker(
    PlatformDbContext db,
    IServiceScopeFactory scopes,
    ICurrentTenant currentTenant,
    IOptions<NotificationsOptions> options,
    TimeProvider clock,
    ILogger<DeliveryWorker> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetDatabaseNow();
        var lease = now.AddSeconds(settings.LeaseSeconds);
        // Emails, webhooks and calendar events of a booking carry its video link: they wait (a bounded while) for the room.
        var videoWaitSince = now.AddSeconds(-settings.VideoWaitSeconds);
        var claimed = await db.NotificationDeliveries.FromSql($"""
            UPDATE notification_deliveries d SET locked_until = {lease}, attempts = d.attempts + 1
            WHERE d.id IN (
              SELECT c.id FROM notification_deliveries c
              WHERE c.state = 'Pending' AND c.next_attempt_at <= {now} AND (c.locked_until IS NULL OR c.locked_until < {now})
                AND NOT (c.channel <> 'Email' AND c.booking_id IS NOT NULL AND EXISTS (
                  SELECT 1 FROM notification_deliveries e
                  WHERE e.tenant_id = c.tenant_id AND e.channel = c.channel AND e.recipient = c.recipient
                    AND e.booking_id = c.booking_id AND e.state = 'Pending' AND e.event_sequence < c.event_sequence))
                AND NOT (c.channel <> 'Video' AND c.booking_id IS NOT NULL AND EXISTS (
                  SELECT 1 FROM notification_deliveries v
                  WHERE v.tenant_id = c.tenant_id AND v.channel = 'Video' AND v.booking_id = c.booking_id
                    AND v.state = 'Pending' AND v.event_sequence <= c.event_sequence AND v.created_at > {videoWaitSince}))
              ORDER BY c.event_sequence
              LIMIT {settings.BatchSize}
              FOR UPDATE SKIP LOCKED)
            RETURNING d.*
            """).IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken);
        if (claimed.Count == 0) return 0;

        var tenantId = currentTenant.Id!.Value;
        await Parallel.ForEachAsync(
            claimed,
            new ParallelOptions { MaxDegreeOfParallelism = settings.MaxConcurrentSends, CancellationToken = cancellationToken },
            async (delivery, ct) =>
            {
                using (currentTenant.Change(tenantId))
                {
                    await SendOneAsync(delivery, lease, ct);
                }
            });
        return claimed.Count;
    }

    /// <summary>When the next pending delivery of this organization is due (or its claim lapses); null if none waits.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken) =>
        await db.NotificationDeliveries.IgnoreQueryFilters()
            .Where(d => d.State == DeliveryState.Pending)
            .Select(d => (DateTimeOffset?)(d.LockedUntil > d.NextAttemptAt ? d.LockedUntil : d.NextAttemptAt))
            .MinAsync(cancellationToken);

    /// <summary>Whether outbox events wait to be fanned out, and when the next delivery is due: one round trip.</summary>
    public async Task<(bool PendingEvents, DateTimeOffset? NextDue)> ProbeAsync(CancellationToken cancellationToken)
    {
        var row = await db.Database.SqlQuery<WorkProbe>($"""
            SELECT EXISTS (SELECT 1 FROM outbox_events WHERE dispatched_at IS NULL) AS pending_events,
                   (SELECT min(greatest(next_attempt_at, coalesce(locked_until, next_attempt_at)))
                    FROM notification_deliveries WHERE state = 'Pending') AS next_due
            """).SingleAsync(cancellationToken);
        return (row.PendingEvents, row.NextDue);
    }

    private sealed record WorkProbe(bool PendingEvents, DateTimeOffset? NextDue);

    private async Task SendOneAsync(NotificationDelivery delivery, DateTimeOffset lease, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetServices<IDeliverySender>().FirstOrDefault(s => s.Channel == delivery.Channel);
        var started = Stopwatch.GetTimestamp();
        DeliveryOutcome outcome;
        try
        {
            outcome = sender is null
                ? DeliveryOutcome.Failed($"No sender for the {delivery.Channel} channel.")
                : await sender.SendAsync(delivery, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A fault of ours (a template that throws, a lost database): try again later, say why without secrets.
            logger.LogError(e, "Delivery {DeliveryId} ({Channel} {Message}) failed", delivery.Id, delivery.Channel, delivery.Message);
            outcome = DeliveryOutcome.Retry($"{e.GetType().Name}: {e.Message}");
        }

        var duration = (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var recorder = scope.ServiceProvider.GetRequiredService<DeliveryOutcomes>();
        await recorder.RecordAsync(delivery, outcome, duration, lease, CancellationToken.None);
    }
}
