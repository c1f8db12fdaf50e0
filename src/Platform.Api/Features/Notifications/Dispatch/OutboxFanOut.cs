using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Platform.Api.Data;
using Platform.Api.Features.Notifications.Domain;

namespace Platform.Api.Features.Notifications.Dispatch;

/// <summary>
/// Stage one, under one organization: takes the outbox events nobody dispatched (in order, skipping rows another
/// instance holds), asks every planner who hears about each, inserts the deliveries (once: the dedup key is unique)
/// and marks the events dispatched, all in one transaction. A crash anywhere leaves the events for the next round.
/// </summary>
public sealed class OutboxFanOut(PlatformDbContext db, IEnumerable<IDeliveryPlanner> planners, TimeProvider clock)
{
    public async Task<int> RunAsync(int batchSize, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var events = await db.OutboxEvents.FromSql($"""
            SELECT * FROM outbox_events WHERE dispatched_at IS NULL ORDER BY sequence LIMIT {batchSize} FOR UPDATE SKIP LOCKED
            """).IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken);
        if (events.Count == 0) return 0;

        var ids = events.Select(e => e.Id).ToList();
        var bookingEvents = await db.BookingEvents.AsNoTracking().Where(e => ids.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var bookingIds = events.Where(e => e.BookingId is not null).Select(e => e.BookingId!.Value).Distinct().ToList();
        var bookings = await db.Bookings.AsNoTracking().Where(b => bookingIds.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, cancellationToken);
        var now = clock.GetDatabaseNow();
        foreach (var outboxEvent in events)
        {
            var bookingEvent = bookingEvents.GetValueOrDefault(outboxEvent.Id);
            var publicType = bookingEvent is null
                ? null
                : PublicEventTypes.Of(bookingEvent.Kind, bookingEvent.FromStatus, bookingEvent.ToStatus, bookingEvent.Details);
            var booking = outboxEvent.BookingId is { } bookingId ? bookings.GetValueOrDefault(bookingId) : null;
            var facts = new OutboxEventFacts(outboxEvent, bookingEvent, publicType, booking);
            var plan = new DeliveryPlan();
            // A booking event nobody is told about (a guest claimed) still needs no planner.
            if (bookingEvent is null || publicType is not null)
            {
                foreach (var planner in planners) await planner.PlanAsync(facts, plan, cancellationToken);
            }

            await CancelRemindersAsync(outboxEvent, plan, cancellationToken);
            await InsertAsync(outboxEvent, plan, now, cancellationToken);
        }

        await db.Database.ExecuteSqlAsync(
            $"UPDATE outbox_events SET dispatched_at = {now} WHERE id = ANY({ids})", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return events.Count;
    }

    private async Task CancelRemindersAsync(OutboxEvent outboxEvent, DeliveryPlan plan, CancellationToken cancellationToken)
    {
        if (plan.CancelRemindersOf.Count == 0) return;
        var bookings = plan.CancelRemindersOf.Distinct().ToList();
        // Only reminders planned by earlier events: the ones this event plans (a reschedule's) stay.
        await db.Database.ExecuteSqlAsync($"""
            UPDATE notification_deliveries SET state = 'Cancelled', last_error = 'The booking was cancelled or moved.', locked_until = NULL
            WHERE booking_id = ANY({bookings}) AND message = {NotificationMessages.BookingReminder} AND state = 'Pending'
              AND event_sequence < {outboxEvent.Sequence}
            """, cancellationToken);
    }

    private async Task InsertAsync(OutboxEvent outboxEvent, DeliveryPlan plan, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (plan.Deliveries.Count == 0) return;
        var rows = plan.Deliveries.GroupBy(d => d.DedupKey).Select(g => g.First()).ToList();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var insert = new NpgsqlCommand("""
            INSERT INTO notification_deliveries (id, tenant_id, outbox_event_id, event_sequence, booking_id, channel, recipient, message,
              language, dedup_key, payload, state, attempts, next_attempt_at, created_at)
            SELECT r.id, $1, $2, $3, $4, r.channel, r.recipient, r.message, r.language, r.dedup_key, r.payload, 'Pending', 0,
              r.due, $5
            FROM unnest($6::uuid[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::timestamptz[])
              AS r(id, channel, recipient, message, language, dedup_key, payload, due)
            ON CONFLICT (tenant_id, dedup_key) DO NOTHING
            """, connection, (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction())
        {
            Parameters =
            {
                new() { Value = outboxEvent.TenantId },
                new() { Value = outboxEvent.Id },
                new() { Value = outboxEvent.Sequence },
                new() { Value = (object?)outboxEvent.BookingId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid },
                new() { Value = now },
                new() { Value = rows.Select(_ => Guid.CreateVersion7()).ToArray() },
                new() { Value = rows.Select(r => r.Channel.ToString()).ToArray() },
                new() { Value = rows.Select(r => r.Recipient).ToArray() },
                new() { Value = rows.Select(r => r.Message).ToArray() },
                new() { Value = rows.Select(r => r.Language).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                new() { Value = rows.Select(r => r.DedupKey).ToArray() },
                new() { Value = rows.Select(r => r.Payload).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                new() { Value = rows.Select(r => r.DueAt ?? now).ToArray() },
            },
        };
        await db.ApplyTenantSettingsAsync(insert, cancellationToken);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }
}
