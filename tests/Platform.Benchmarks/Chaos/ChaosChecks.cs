using Npgsql;
using Platform.IntegrationTests.Stripe;

namespace Platform.Benchmarks.Chaos;

/// <summary>What must hold after the run, read from the database as the owner (with the tenant set: RLS is forced).</summary>
public sealed class ChaosChecks(string ownerConnectionString, Guid tenant)
{
    private static readonly string[] Kept = ["Confirmed", "Completed", "NoShow"];

    /// <summary>Until the webhook inbox is drained and no job waits (bounded).</summary>
    public async Task SettleAsync(StripeFake stripe, TimeSpan timeout)
    {
        await stripe.WaitForDeliveriesAsync(timeout);
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            var pending = await ScalarAsync("SELECT count(*) FROM platform.stripe_events WHERE processed_at IS NULL AND dead_at IS NULL")
                + await ScalarAsync("SELECT count(*) FROM hangfire.jobqueue")
                + await ScalarAsync("SELECT count(*) FROM bookings WHERE status = 'Confirmed' AND payment_status = 'Authorized'");
            if (pending == 0) return;
            await Task.Delay(500);
        }
    }

    /// <summary>Answered-success holds missing from the table, and answered-success cancels not cancelled there.</summary>
    public async Task<List<string>> LostAsync(IEnumerable<HoldRecord> holds, IEnumerable<string> cancelled)
    {
        var rows = await QueryAsync("SELECT id, status FROM bookings", r => (Id: r.GetGuid(0), Status: r.GetString(1)));
        var statuses = rows.ToDictionary(r => r.Id, r => r.Status);
        var lost = new List<string>();
        foreach (var hold in holds.Where(h => h.Answer == Answer.Success))
        {
            if (!statuses.ContainsKey(Catalog.Id(hold.BookingId!, "Booking"))) lost.Add($"hold {hold.Key} answered {hold.BookingId}, not in bookings");
        }

        foreach (var id in cancelled)
        {
            if (!statuses.TryGetValue(Catalog.Id(id, "Booking"), out var status) || status != "Cancelled")
                lost.Add($"cancel of {id} answered success, booking is {status ?? "missing"}");
        }

        return lost;
    }

    /// <summary>Occupying bookings of one provider that overlap (capacity 1; group occurrences share one row).</summary>
    public async Task<List<string>> DoubledAsync() => await QueryAsync("""
        SELECT a.id || ' and ' || b.id || ' overlap on provider ' || a.provider_id FROM bookings a
        JOIN bookings b ON a.tenant_id = b.tenant_id AND a.provider_id = b.provider_id AND a.id < b.id
         AND coalesce(a.occurrence_id, a.id) <> coalesce(b.occurrence_id, b.id)
         AND tstzrange(a.blocked_from, a.blocked_until) && tstzrange(b.blocked_from, b.blocked_until)
        WHERE a.status IN ('Held', 'AwaitingHost', 'Confirmed', 'Completed', 'NoShow')
          AND b.status IN ('Held', 'AwaitingHost', 'Confirmed', 'Completed', 'NoShow')
        """, r => r.GetString(0));

    /// <summary>
    /// Money, as tests/Platform.IntegrationTests/Infrastructure/MoneyInvariants.cs: per booking, captured less refunded is
    /// what the terms allow (the price when kept, less the refund when cancelled after confirmation, nothing otherwise:
    /// no capture for a booking that lost or never had its slot); per PaymentIntent, Stripe's received less refunded
    /// equals its bookings' captured less refunded.
    /// </summary>
    public async Task<List<string>> MoneyAsync(StripeFake stripe)
    {
        var bookings = await QueryAsync("""
            SELECT b.id, b.status, b.price_amount, b.refund_amount, b.captured_amount,
                   (SELECT coalesce(sum(r.amount), 0) FROM payment_refunds r
                     WHERE r.tenant_id = b.tenant_id AND r.booking_id = b.id AND r.status = 'Succeeded')::bigint,
                   b.payment_flag,
                   EXISTS (SELECT 1 FROM booking_events e WHERE e.tenant_id = b.tenant_id AND e.booking_id = b.id AND e.to_status = 'Confirmed'),
                   p.payment_intent_id
            FROM bookings b JOIN payments p ON p.tenant_id = b.tenant_id AND p.id = b.payment_id
            """, r => (Id: r.GetGuid(0), Status: r.GetString(1), Price: r.GetInt64(2), Refund: r.IsDBNull(3) ? (long?)null : r.GetInt64(3),
                Captured: r.IsDBNull(4) ? (long?)null : r.GetInt64(4), Refunded: r.GetInt64(5), Flag: r.IsDBNull(6) ? null : r.GetString(6),
                WasConfirmed: r.GetBoolean(7), Intent: r.IsDBNull(8) ? null : r.GetString(8)));
        var failures = new List<string>();
        foreach (var b in bookings.Where(b => b.Flag is null))
        {
            var allowed = Kept.Contains(b.Status) ? b.Price
                : b.Status == "Cancelled" && b.WasConfirmed ? Math.Max(0, b.Price - (b.Refund ?? 0))
                : 0;
            var kept = (b.Captured ?? 0) - b.Refunded;
            // Captured stays null until the capture: a Confirmed booking may still be waiting for it (SettleAsync waited).
            if (b.Captured is not null && kept != allowed)
                failures.Add($"booking {b.Id} {b.Status}: captured {b.Captured} refunded {b.Refunded} keeps {kept}, terms allow {allowed}");
            if (b.Captured is null && Kept.Contains(b.Status) && b.Price > 0)
                failures.Add($"booking {b.Id} {b.Status} was never captured");
        }

        foreach (var group in bookings.Where(b => b.Intent is not null).GroupBy(b => b.Intent!))
        {
            if (group.Any(b => b.Flag is not null)) continue;
            var intent = stripe.Intent(group.Key);
            var refunded = stripe.RefundsOf(group.Key).Where(r => r.Status == "succeeded").Sum(r => r.Amount);
            var books = group.Sum(b => (b.Captured ?? 0) - b.Refunded);
            if (intent.AmountReceived - refunded != books)
                failures.Add($"intent {group.Key}: Stripe holds {intent.AmountReceived - refunded}, its bookings {books}");
        }

        var flagged = bookings.Count(b => b.Flag is not null);
        if (flagged > 0) Console.WriteLine($"  {flagged} paid bookings flagged for a person (payment_flag), left out of the money checks");
        return failures;
    }

    public async Task<long> ScalarAsync(string sql) => (await QueryAsync(sql, r => r.GetInt64(0)))[0];

    public async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync();
        await using (var set = new NpgsqlCommand("SELECT set_config('app.tenant_id', $1, false)", connection))
        {
            set.Parameters.Add(new NpgsqlParameter { Value = tenant.ToString() });
            await set.ExecuteScalarAsync();
        }

        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync()) rows.Add(read(reader));
        return rows;
    }
}
