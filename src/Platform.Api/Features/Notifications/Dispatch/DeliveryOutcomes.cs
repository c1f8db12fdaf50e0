using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Api.Data;
using Platform.Api.Features.Notifications.Domain;

namespace Platform.Api.Features.Notifications.Dispatch;

/// <summary>
/// Writes what an attempt came to: sent, retry at the backoff's time (or the receiver's Retry-After, if later),
/// failed for good, or cancelled. Only while the worker's claim still holds: a worker that took too long and lost
/// its lease does not overwrite the outcome of the one that took over.
/// </summary>
public sealed class DeliveryOutcomes(PlatformDbContext db, IOptions<NotificationsOptions> options, TimeProvider clock)
{
    public async Task RecordAsync(
        NotificationDelivery delivery, DeliveryOutcome outcome, int durationMs, DateTimeOffset lease, CancellationToken cancellationToken)
    {
        var now = clock.GetDatabaseNow();
        var error = outcome.Error is { Length: > 2000 } tooLong ? tooLong[..2000] : outcome.Error;
        var (state, next) = outcome.Kind switch
        {
            DeliveryOutcomeKind.Sent => (DeliveryState.Sent, delivery.NextAttemptAt),
            DeliveryOutcomeKind.Failed => (DeliveryState.Failed, delivery.NextAttemptAt),
            DeliveryOutcomeKind.Cancelled => (DeliveryState.Cancelled, delivery.NextAttemptAt),
            _ when delivery.Attempts >= options.Value.MaxAttempts => (DeliveryState.Failed, delivery.NextAttemptAt),
            _ => (DeliveryState.Pending,
                now + Later(RetrySchedule.After(delivery.Attempts, Random.Shared.NextDouble()), outcome.RetryAfter)),
        };
        if (outcome.Kind == DeliveryOutcomeKind.Retry && state == DeliveryState.Failed)
            error = $"Gave up after {delivery.Attempts} attempts. {error}";
        var stateName = state.ToString();
        DateTimeOffset? sentAt = state == DeliveryState.Sent ? now : null;
        await db.Database.ExecuteSqlAsync($"""
            UPDATE notification_deliveries
            SET state = {stateName}, next_attempt_at = {next}, locked_until = NULL, last_error = {error},
                last_status_code = {outcome.StatusCode}, last_duration_ms = {durationMs}, sent_at = {sentAt}
            WHERE id = {delivery.Id} AND state = 'Pending' AND locked_until = {lease}
            """, cancellationToken);
    }

    private static TimeSpan Later(TimeSpan backoff, TimeSpan? retryAfter) =>
        retryAfter is { } asked && asked > backoff ? TimeSpan.FromTicks(Math.Min(asked.Ticks, RetrySchedule.Cap.Ticks)) : backoff;
}
