using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Platform.Api.Data;
using Platform.Api.Features.Bookings.Domain;

namespace Platform.Api.Features.Bookings.Expiry;

/// <summary>
/// Writes EXPIRED on holds and host confirmations whose time ran out, with one audit event each, in
/// one statement. Queries already treat such bookings as free; this makes the row say so, and must run
/// before a new booking is written over their slot, because the exclusion constraint still sees them.
/// Call inside the caller's transaction.
/// </summary>
public static class BookingExpiry
{
    private static readonly string MoneyStatuses = string.Join(
        ", ",
        Enum.GetValues<PaymentStatus>().Where(s => s.HoldsMoney()).Select(s => $"'{s}'")
    );

    public static async Task<IReadOnlyList<ExpiredBooking>> ExpireDueAsync(
        this PlatformDbContext db,
        Guid tenantId,
        ExpiryScope scope,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        var filters = new List<string>();
        if (scope.ProviderId is not null)
            filters.Add("AND provider_id = @provider");
        if (scope.From is not null && scope.Until is not null)
            filters.Add("AND blocked_from < @until AND blocked_until > @from");
        if (scope.OccurrenceId is not null)
            filters.Add("AND occurrence_id = @occurrence");

        // Lock in id order so two writers expiring overlapping sets cannot deadlock.
        var sql = $"""
            WITH due AS (
                SELECT id, status FROM bookings
                WHERE tenant_id = @tenant
                  AND ((status = 'Held' AND hold_expires_at <= @now) OR (status = 'AwaitingHost' AND confirmation_expires_at <= @now))
                  {string.Join(' ', filters)}
                ORDER BY id
                LIMIT @limit
                FOR UPDATE{(scope.SkipLocked ? " SKIP LOCKED" : "")}
            ), expired AS (
                UPDATE bookings b SET
                    status = 'Expired',
                    payment_status = CASE WHEN b.payment_status = 'RequiresPayment' THEN 'Canceled' ELSE b.payment_status END,
                    refund_percent = CASE WHEN b.payment_status IN ({MoneyStatuses}) THEN 100 ELSE b.refund_percent END,
                    refund_amount = CASE WHEN b.payment_status IN ({MoneyStatuses}) THEN b.price_amount ELSE b.refund_amount END,
                    updated_at = @now
                FROM due
                WHERE b.tenant_id = @tenant AND b.id = due.id
                RETURNING b.id, due.status AS from_status, b.occurrence_id
            ), events AS (
                INSERT INTO booking_events (id, tenant_id, booking_id, occurred_at, kind, from_status, to_status, actor_kind, reason)
                SELECT gen_random_uuid(), @tenant, id, @now, 'StatusChanged', from_status, 'Expired', 'System',
                       CASE from_status WHEN 'Held' THEN 'The hold ran out.' ELSE 'The host did not confirm in time.' END
                FROM expired
            ), lapsed AS (
                UPDATE waitlist_entries w SET status = 'Lapsed', resolved_at = @now
                FROM expired
                WHERE w.tenant_id = @tenant AND w.offered_booking_id = expired.id AND w.status = 'Offered'
            )
            SELECT id, from_status, occurrence_id FROM expired
            """;

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand(sql, connection)
        {
            Transaction =
                db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction
                ?? throw new InvalidOperationException("Expire bookings inside a transaction."),
        };
        command.Parameters.AddWithValue("tenant", tenantId);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("limit", scope.Limit);
        if (scope.ProviderId is { } provider)
            command.Parameters.AddWithValue("provider", provider);
        if (scope is { From: { } from, Until: { } until })
        {
            command.Parameters.AddWithValue("from", from.ToUniversalTime());
            command.Parameters.AddWithValue("until", until.ToUniversalTime());
        }
        if (scope.OccurrenceId is { } occurrence)
            command.Parameters.AddWithValue("occurrence", occurrence);

        await db.ApplyTenantSettingsAsync(command, cancellationToken);
        var expired = new List<ExpiredBooking>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            expired.Add(
                new ExpiredBooking(
                    reader.GetGuid(0),
                    Enum.Parse<BookingStatus>(reader.GetString(1)),
                    await reader.IsDBNullAsync(2, cancellationToken) ? null : reader.GetGuid(2)
                )
            );
        }
        return expired;
    }
}
