using System.Globalization;
using Npgsql;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>
/// What must hold between the platform's books and Stripe's (the fake) once a payments test has settled, for every
/// booking of a shop's organization that has a payment. Call <see cref="AssertAsync"/> at the end of a test:
/// <list type="bullet">
/// <item>(a) per booking, captured less succeeded refunds is what the terms let the organization keep: the price when
/// Confirmed, Completed or NoShow; price less the refund when Cancelled after being confirmed; nothing when Declined,
/// Expired, or cancelled before confirmation (and nothing yet while Held or AwaitingHost). A booking with nothing
/// captured (captured_amount null) must have nothing captured at Stripe either.</item>
/// <item>(b) per PaymentIntent, Stripe's amount received less its succeeded refunds equals the sum of its bookings'
/// captured less refunded; an intent no booking pays with any more holds nothing.</item>
/// <item>(c) the application fees Stripe kept (taken at capture less refunded) add up to the ledger's platform fee.</item>
/// <item>(d) no money is held at Stripe for an intent all of whose bookings were declined, expired or cancelled before
/// confirmation.</item>
/// </list>
/// Bookings flagged for a dispute or a refund made outside the platform, and intents Stripe knows were disputed or
/// refunded from the Dashboard, are left out of (a), (b) and (d): their money is a person's to reconcile.
/// </summary>
public static class MoneyInvariants
{
    private sealed record BookingMoney(
        Guid Id,
        string Status,
        long Price,
        long? RefundAmount,
        long? Captured,
        long Refunded,
        string? Flag,
        Guid PaymentId,
        bool WasConfirmed)
    {
        public override string ToString() =>
            $"{Id} {Status} captured {Captured?.ToString(CultureInfo.InvariantCulture) ?? "-"} refunded {Refunded}";
    }

    private static readonly string[] Kept = ["Confirmed", "Completed", "NoShow"];

    public static async Task AssertAsync(PlatformApp app, Bookings.Shop shop)
    {
        var tenant = Catalog.Id(shop.Org.Id, "Organization");
        await SettleAsync(app, tenant);
        var bookings = await BookingsAsync(app, tenant);
        const string PaymentsSql = "SELECT id, payment_intent_id FROM payments WHERE tenant_id = $1 AND payment_intent_id IS NOT NULL";
        var intents = (await QueryAsync(app, PaymentsSql, r => (Id: r.GetGuid(0), Intent: r.GetString(1)), tenant))
            .ToDictionary(p => p.Id, p => p.Intent);
        var failures = new List<string>();

        var excludedIntents = intents.Where(p => OutsideThePlatform(app, p.Value)
            || bookings.Any(b => b.PaymentId == p.Key && Flagged(b))).Select(p => p.Key).ToHashSet();
        foreach (var booking in bookings.Where(b => !Flagged(b) && !excludedIntents.Contains(b.PaymentId)))
        {
            var allowed = Allowed(booking);
            var kept = (booking.Captured ?? 0) - booking.Refunded;
            if (booking.Captured is not null && kept != allowed)
            {
                var confirmed = booking.WasConfirmed ? " (was confirmed)" : "";
                failures.Add($"(a) booking {booking.Id} {booking.Status}{confirmed}: price {booking.Price}, "
                    + $"refund owed {booking.RefundAmount?.ToString(CultureInfo.InvariantCulture) ?? "none"}, captured {booking.Captured}, "
                    + $"refunded {booking.Refunded} → keeps {kept}, the terms allow {allowed}");
            }
            if (booking.Captured is null && booking.Refunded != 0)
                failures.Add($"(a) booking {booking.Id} {booking.Status}: nothing captured, yet {booking.Refunded} refunded");
            if (booking.Captured is null && intents.TryGetValue(booking.PaymentId, out var intentId)
                && bookings.Where(b => b.PaymentId == booking.PaymentId).All(b => b.Captured is null)
                && Net(app, intentId) is var (received, refunded) && received - refunded != 0)
            {
                failures.Add($"(a) booking {booking.Id} {booking.Status}: nothing captured in the platform, but Stripe holds "
                    + $"{received - refunded} on {intentId} (received {received}, refunded {refunded})");
            }
        }

        foreach (var (paymentId, intentId) in intents.Where(p => !excludedIntents.Contains(p.Key)))
        {
            var (received, refunded) = Net(app, intentId);
            var paying = bookings.Where(b => b.PaymentId == paymentId).ToList();
            var books = paying.Sum(b => (b.Captured ?? 0) - b.Refunded);
            if (received - refunded != books)
            {
                failures.Add($"(b) intent {intentId}: Stripe holds {received - refunded} (received {received}, refunded {refunded}), "
                    + $"its bookings [{string.Join(", ", paying)}] hold {books}");
            }
            if (paying.Count > 0 && paying.All(NothingOwed) && received - refunded > 0)
            {
                failures.Add($"(d) intent {intentId} holds {received - refunded} though every booking it paid for ended without money "
                    + $"[{string.Join(", ", paying.Select(b => $"{b.Id} {b.Status}"))}]");
            }
        }

        var feeAtStripe = intents.Values.Sum(i => FeeKept(app, i));
        var feeInLedger = await LedgerFeeAsync(app, shop);
        if (feeAtStripe != feeInLedger)
        {
            failures.Add($"(c) application fees kept at Stripe {feeAtStripe} (taken at capture less refunded), "
                + $"ledger platform fee {feeInLedger}");
        }

        Assert.True(failures.Count == 0, $"Money invariants broken for {shop.Org.Slug}:\n" + string.Join("\n", failures));
    }

    /// <summary>What the terms let the organization keep of <paramref name="booking"/>.</summary>
    private static long Allowed(BookingMoney booking) => booking.Status switch
    {
        _ when Kept.Contains(booking.Status) => booking.Price,
        "Cancelled" when booking.WasConfirmed => Math.Max(0, booking.Price - (booking.RefundAmount ?? 0)),
        _ => 0,
    };

    private static bool NothingOwed(BookingMoney booking) =>
        booking.Status is "Declined" or "Expired" || booking.Status == "Cancelled" && !booking.WasConfirmed;

    private static bool Flagged(BookingMoney booking) =>
        booking.Flag is { } flag && new[] { "disput", "outside", "out of band", "out-of-band", "dashboard", "refund of" }
            .Any(word => flag.Contains(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>Stripe's side of an intent: amount received, and refunds that succeeded.</summary>
    private static (long Received, long Refunded) Net(PlatformApp app, string intentId)
    {
        var intent = app.Stripe.Intent(intentId);
        return (intent.AmountReceived, app.Stripe.RefundsOf(intentId).Where(r => r.Status == "succeeded").Sum(r => r.Amount));
    }

    private static long FeeKept(PlatformApp app, string intentId)
    {
        var intent = app.Stripe.Intent(intentId);
        if (intent.AmountReceived == 0) return 0;
        var refunded = app.Stripe.RefundsOf(intentId).Where(r => r.Status == "succeeded").Sum(r => r.FeeRefunded);
        return (intent.ApplicationFeeAmount ?? 0) - refunded;
    }

    private static bool OutsideThePlatform(PlatformApp app, string intentId) =>
        app.Stripe.DisputesOf(intentId).Count > 0 || app.Stripe.RefundsOf(intentId).Any(r => r.OutOfBand);

    /// <summary>
    /// Lets this organization's delivered events finish processing (bounded: an event that keeps failing, or another
    /// test's, must not hang the check).
    /// </summary>
    private static async Task SettleAsync(PlatformApp app, Guid tenant)
    {
        await app.Stripe.WaitForDeliveriesAsync(TimeSpan.FromSeconds(10));
        var until = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < until)
        {
            const string Unprocessed = "SELECT count(*) FROM platform.stripe_events WHERE processed_at IS NULL "
                + "AND (organization_id = $1 OR organization_id IS NULL AND attempts = 0)";
            var pending = await QueryAsync(app, Unprocessed, r => r.GetInt64(0), tenant);
            if (pending[0] == 0) return;
            await Task.Delay(100);
        }
    }

    private static async Task<List<BookingMoney>> BookingsAsync(PlatformApp app, Guid tenant) => await QueryAsync(app,
        """
        SELECT b.id, b.status, b.price_amount, b.refund_amount, b.captured_amount,
               (SELECT coalesce(sum(r.amount), 0) FROM payment_refunds r
                 WHERE r.tenant_id = b.tenant_id AND r.booking_id = b.id AND r.status = 'Succeeded')::bigint,
               b.payment_flag, b.payment_id,
               EXISTS (SELECT 1 FROM booking_events e WHERE e.tenant_id = b.tenant_id AND e.booking_id = b.id AND e.to_status = 'Confirmed')
        FROM bookings b WHERE b.tenant_id = $1 AND b.payment_id IS NOT NULL ORDER BY b.created_at
        """,
        r => new BookingMoney(
            r.GetGuid(0),
            r.GetString(1),
            r.GetInt64(2),
            r.IsDBNull(3) ? null : r.GetInt64(3),
            r.IsDBNull(4) ? null : r.GetInt64(4),
            r.GetInt64(5),
            r.IsDBNull(6) ? null : r.GetString(6),
            r.GetGuid(7),
            r.GetBoolean(8)),
        tenant);

    /// <summary>The organization's platform fee from the ledger, as its owner reads it, over the widest range allowed.</summary>
    private static async Task<long> LedgerFeeAsync(PlatformApp app, Bookings.Shop shop)
    {
        var now = app.Clock.GetUtcNow();
        var ledger = await new Accounts(app).GraphQL.SendAsync(
            "query($from: DateTimeOffset!, $to: DateTimeOffset!) { ledger(from: $from, to: $to) { totals { currency platformFee } } }",
            new { from = now.AddDays(-182), to = now.AddDays(182) }, shop.Org.Owner.Token, shop.Org.Slug);
        Assert.True(ledger.Errors is null, "The ledger could not be read: " + ledger.Body?.ToJsonString());
        return ledger.Get("ledger.totals").AsArray().Sum(t => t!["platformFee"]!.GetValue<long>());
    }

    /// <summary>
    /// Rows as the database owner with the tenant set, as Bookings.ScalarAsync does: row-level security applies to
    /// the tenant tables even for the owner, and the global inbox needs the owner. The tenant is <c>$1</c>.
    /// </summary>
    private static async Task<List<T>> QueryAsync<T>(PlatformApp app, string sql, Func<NpgsqlDataReader, T> read, Guid tenant)
    {
        await using var connection = new NpgsqlConnection(app.Database.OwnerConnectionString);
        await connection.OpenAsync();
        await using (var set = new NpgsqlCommand("SELECT set_config('app.tenant_id', $1, false)", connection))
        {
            set.Parameters.Add(new NpgsqlParameter { Value = tenant.ToString() });
            await set.ExecuteScalarAsync();
        }
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = tenant });
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync()) rows.Add(read(reader));
        return rows;
    }
}
