using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Api.Data;

namespace Platform.Api.Features.Payments.Webhooks;

/// <summary>
/// The webhook inbox's bookkeeping (global, no RLS). An event is stored with a due time before any job is
/// asked to process it, so a crash between storing and scheduling only delays it: the sweeper
/// (<see cref="SweepStripeInboxJob"/>) finds every due event that no processor has claimed. Processing claims
/// an event for a few minutes, so a redelivery, a retry and the sweeper never apply it twice at once.
/// </summary>
public sealed class StripeInboxService(
    PlatformDbContext db,
    IServiceProvider services,
    TimeProvider clock,
    IOptions<PaymentOptions> options
)
{
    /// <summary>How long a claim lasts: longer than any processing, short enough that a crashed worker's event comes back soon.</summary>
    public static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    /// <summary>Hangfire's retry delays for a failed event; the sweeper waits a little longer before stepping in.</summary>
    public static readonly int[] RetryDelaysSeconds = [1, 2, 5, 10, 30, 60, 300, 900, 1800, 3600];

    /// <summary>The sweeper's safety margin after a store or a failure, before it takes an event up itself.</summary>
    public static readonly TimeSpan SweepMargin = TimeSpan.FromMinutes(1);

    /// <summary>Takes the event for processing; false when it is done, given up, or claimed by another worker.</summary>
    public async Task<bool> ClaimAsync(string eventId, CancellationToken cancellationToken)
    {
        var now = clock.GetDatabaseNow().ToUniversalTime();
        var claimed = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE platform.stripe_events SET locked_until = {now + ClaimFor}
            WHERE event_id = {eventId} AND processed_at IS NULL AND dead_at IS NULL AND (locked_until IS NULL OR locked_until < {now})
            """,
            cancellationToken
        );
        return claimed == 1;
    }

    /// <summary>
    /// A failed attempt: counted, its error kept, due again after the retry delay, or given up (dead letter) after the last.
    /// </summary>
    public async Task<bool> FailedAsync(string eventId, Guid? organization, string error, CancellationToken cancellationToken)
    {
        var now = clock.GetDatabaseNow().ToUniversalTime();
        var attempts =
            await db.StripeEvents.AsNoTracking().Where(e => e.EventId == eventId).Select(e => e.Attempts).SingleAsync(cancellationToken)
            + 1;
        var dead = attempts >= options.Value.WebhookMaxAttempts;
        var delay = TimeSpan.FromSeconds(RetryDelaysSeconds[Math.Min(attempts - 1, RetryDelaysSeconds.Length - 1)]) + SweepMargin;
        await db
            .StripeEvents.Where(e => e.EventId == eventId)
            .ExecuteUpdateAsync(
                u =>
                    u.SetProperty(e => e.Attempts, attempts)
                        .SetProperty(e => e.OrganizationId, organization)
                        .SetProperty(e => e.LastError, error)
                        .SetProperty(e => e.LockedUntil, (DateTimeOffset?)null)
                        .SetProperty(e => e.NextAttemptAt, dead ? null : now + delay)
                        .SetProperty(e => e.DeadAt, dead ? now : null)
                        .SetProperty(e => e.Outcome, dead ? $"dead: failed {attempts} times" : null),
                cancellationToken
            );
        return dead;
    }

    /// <summary>Not processable yet (its object is not linked to a payment): counted and due again later, not an error.</summary>
    public async Task WaitAsync(string eventId, string outcome, TimeSpan delay, CancellationToken cancellationToken)
    {
        var now = clock.GetDatabaseNow().ToUniversalTime();
        await db
            .StripeEvents.Where(e => e.EventId == eventId)
            .ExecuteUpdateAsync(
                u =>
                    u.SetProperty(e => e.Attempts, e => e.Attempts + 1)
                        .SetProperty(e => e.Outcome, outcome)
                        .SetProperty(e => e.LockedUntil, (DateTimeOffset?)null)
                        .SetProperty(e => e.NextAttemptAt, now + delay),
                cancellationToken
            );
    }

    public async Task DoneAsync(string eventId, Guid? organization, string outcome, CancellationToken cancellationToken) =>
        await db
            .StripeEvents.Where(e => e.EventId == eventId)
            .ExecuteUpdateAsync(
                u =>
                    u.SetProperty(e => e.Attempts, e => e.Attempts + 1)
                        .SetProperty(e => e.OrganizationId, organization)
                        .SetProperty(e => e.Outcome, outcome)
                        .SetProperty(e => e.LockedUntil, (DateTimeOffset?)null)
                        .SetProperty(e => e.NextAttemptAt, (DateTimeOffset?)null)
                        .SetProperty(e => e.ProcessedAt, clock.GetDatabaseNow()),
                cancellationToken
            );

    /// <summary>
    /// A delivery of an event already stored: processed if it is not yet (a crash may have lost its job), and
    /// given another chance if it was given up (Stripe retrying may mean what failed is mended).
    /// </summary>
    public async Task RedeliveredAsync(string eventId, CancellationToken cancellationToken)
    {
        var pending = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE platform.stripe_events SET dead_at = NULL, outcome = NULL, next_attempt_at = {clock.GetDatabaseNow().ToUniversalTime()}
            WHERE event_id = {eventId} AND processed_at IS NULL
            """,
            cancellationToken
        );
        if (pending == 1)
            await ScheduleAsync(eventId, cancellationToken);
    }

    /// <summary>Events about <paramref name="objectId"/> that waited for it to be linked to a payment are due now.</summary>
    public async Task WakeWaitingAsync(string objectId, CancellationToken cancellationToken)
    {
        var now = clock.GetDatabaseNow().ToUniversalTime();
        var due = await db
            .Database.SqlQuery<string>(
                $"""
                UPDATE platform.stripe_events SET next_attempt_at = {now}
                WHERE processed_at IS NULL AND dead_at IS NULL
                  AND (payload -> 'data' -> 'object' ->> 'id' = {objectId} OR payload -> 'data' -> 'object' ->> 'payment_intent' =
                      {objectId})
                RETURNING event_id AS "Value"
                """
            )
            .ToListAsync(cancellationToken);
        foreach (var eventId in due)
            await ScheduleAsync(eventId, cancellationToken);
    }

    /// <summary>Events due and unclaimed (lost jobs, waits that ended), oldest first.</summary>
    public async Task<List<string>> DueAsync(int limit, CancellationToken cancellationToken)
    {
        var now = clock.GetDatabaseNow().ToUniversalTime();
        return await db
            .StripeEvents.AsNoTracking()
            .Where(e =>
                e.ProcessedAt == null && e.DeadAt == null && e.NextAttemptAt <= now && (e.LockedUntil == null || e.LockedUntil < now)
            )
            .OrderBy(e => e.NextAttemptAt)
            .Select(e => e.EventId)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Asks a job to process the event (or processes it now where no job server is configured).</summary>
    public async Task ScheduleAsync(string eventId, CancellationToken cancellationToken)
    {
        if (services.GetService<IBackgroundJobClient>() is { } jobs)
            jobs.Enqueue<ProcessStripeEventJob>(job => job.RunAsync(eventId, CancellationToken.None));
        else
            await services.GetRequiredService<ProcessStripeEventJob>().RunAsync(eventId, cancellationToken);
    }
}
