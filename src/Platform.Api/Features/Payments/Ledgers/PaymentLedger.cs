using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.GraphQL.Relay;
using Platform.Tenancy;

namespace Platform.Api.Features.Payments.Ledgers;

/// <summary>
/// The organization's money for its administrators, read straight from bookings, payments and refunds under
/// RLS, so an organization can only ever sum its own. Attributed to the period of the capture.
/// </summary>
public sealed class PaymentLedger(PlatformDbContext db, ICurrentTenant currentTenant)
{
    public const int MaxDays = 366;
    public const int MaxPageSize = 200;

    public sealed record Row(
        Guid BookingId,
        DateTimeOffset CapturedAt,
        string Currency,
        long Gross,
        long PlatformFee,
        long Refunded,
        long Disputed,
        long DisputeFees,
        long Net,
        string PaymentStatus,
        string? Flag
    );

    public sealed record Sum(
        DateTimeOffset? Start,
        string Currency,
        long Gross,
        long PlatformFee,
        long Refunded,
        long Disputed,
        long DisputeFees,
        long Net,
        int Bookings
    );

    /// <summary>
    /// Per booking, with the fee refunded in proportion by the platform's own refunds (made with refund_application_fee;
    /// Stripe rounds down). A refund made in the Dashboard is not assumed to have given the fee back.
    /// </summary>
    private const string Rows = """
        WITH money AS (
            SELECT b.id AS booking_id, p.captured_at, b.currency, b.captured_amount AS gross, COALESCE(b.platform_fee, 0) AS fee,
                   COALESCE((SELECT SUM(r.amount) FROM payment_refunds r WHERE r.booking_id = b.id AND r.status = 'Succeeded'), 0)::bigint
                       AS refunded,
                   COALESCE((SELECT SUM(r.amount) FROM payment_refunds r WHERE r.booking_id = b.id AND r.status = 'Succeeded'
                       AND NOT r.external), 0)::bigint
                       AS refunded_with_fee,
                   COALESCE((SELECT SUM(d.reversed_amount * b.captured_amount / NULLIF(p.amount_received, 0)) FROM payment_disputes d
                       WHERE d.payment_id = p.id), 0)::bigint
                       AS disputed,
                   COALESCE((SELECT SUM(d.fee * b.captured_amount / NULLIF(p.amount_received, 0)) FROM payment_disputes d
                       WHERE d.payment_id = p.id), 0)::bigint
                       AS dispute_fees,
                   b.payment_status, b.payment_flag
            FROM bookings b JOIN payments p ON p.id = b.payment_id
            WHERE p.captured_at >= {0} AND p.captured_at < {1} AND b.captured_amount > 0
        ), kept AS (
            SELECT *, fee - fee * LEAST(refunded_with_fee, gross) / gross AS fee_kept FROM money
        )
        """;

    public async Task<Ledger> ReadAsync(
        DateTimeOffset from,
        DateTimeOffset to,
        LedgerInterval interval,
        CancellationToken cancellationToken
    )
    {
        CheckRange(from, to);
        var zone = await TimeZoneAsync(cancellationToken);
        var unit = interval.ToString().ToLowerInvariant();
        var totals = await db
            .Database.SqlQueryRaw<Sum>(
                Rows
                    + """
                    SELECT NULL::timestamptz AS start, currency AS currency, SUM(gross)::bigint AS gross, SUM(fee_kept)::bigint
                        AS platform_fee,
                           SUM(refunded)::bigint AS refunded, SUM(disputed)::bigint AS disputed, SUM(dispute_fees)::bigint AS dispute_fees,
                           SUM(gross - refunded - fee_kept - disputed)::bigint AS net, COUNT(*)::int AS bookings
                    FROM kept GROUP BY currency ORDER BY currency
                    """,
                from.ToUniversalTime(),
                to.ToUniversalTime()
            )
            .ToListAsync(cancellationToken);
        var periods = await db
            .Database.SqlQueryRaw<Sum>(
                Rows
                    + """
                    SELECT date_trunc({2}, captured_at AT TIME ZONE {3}) AT TIME ZONE {3} AS start, currency
                        AS currency, SUM(gross)::bigint AS gross,
                           SUM(fee_kept)::bigint AS platform_fee, SUM(refunded)::bigint AS refunded, SUM(disputed)::bigint AS disputed,
                           SUM(dispute_fees)::bigint AS dispute_fees, SUM(gross - refunded - fee_kept - disputed)::bigint
                               AS net, COUNT(*)::int AS bookings
                    FROM kept GROUP BY 1, currency ORDER BY 1, currency
                    """,
                from.ToUniversalTime(),
                to.ToUniversalTime(),
                unit,
                zone
            )
            .ToListAsync(cancellationToken);
        return new Ledger(
            from,
            to,
            interval,
            [
                .. totals.Select(t => new LedgerTotal(t.Currency.Trim(), t.Gross, t.PlatformFee, t.Refunded, t.Net, t.Bookings)
                {
                    Disputed = t.Disputed,
                    DisputeFees = t.DisputeFees,
                }),
            ],
            [
                .. periods.Select(p => new LedgerPeriod(
                    p.Start!.Value,
                    p.Currency.Trim(),
                    p.Gross,
                    p.PlatformFee,
                    p.Refunded,
                    p.Net,
                    p.Bookings
                )
                {
                    Disputed = p.Disputed,
                    DisputeFees = p.DisputeFees,
                }),
            ]
        );
    }

    /// <summary>The ledger's bookings, in capture order, a page at a time.</summary>
    public async Task<Connection<LedgerEntry>> EntriesAsync(Ledger ledger, int? first, string? after, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(first ?? 50, 0, MaxPageSize);
        var cursor = after is null
            ? (Cursor?)null
            : Cursor.TryDecode(after)
                ?? throw new global::GraphQL.ExecutionError("'after' is not a cursor from this list.") { Code = "INVALID_CURSOR" };
        var rows = await db
            .Database.SqlQueryRaw<Row>(
                Rows
                    + """
                    SELECT booking_id AS booking_id, captured_at AS captured_at, currency AS currency, gross AS gross, fee_kept
                        AS platform_fee,
                           refunded AS refunded, disputed AS disputed, dispute_fees AS dispute_fees, gross - refunded - fee_kept - disputed
                               AS net,
                           payment_status AS payment_status, payment_flag AS flag
                    FROM kept
                    WHERE {2}::timestamptz IS NULL OR (captured_at, booking_id) > ({2}::timestamptz, {3}::uuid)
                    ORDER BY captured_at, booking_id
                    LIMIT {4}
                    """,
                ledger.From.ToUniversalTime(),
                ledger.To.ToUniversalTime(),
                (object?)cursor?.At.ToUniversalTime() ?? DBNull.Value,
                (object?)cursor?.Id ?? DBNull.Value,
                size + 1
            )
            .ToListAsync(cancellationToken);
        var edges = rows.Take(size)
            .Select(r => new Edge<LedgerEntry>
            {
                Node = new LedgerEntry(
                    r.BookingId,
                    r.CapturedAt,
                    r.Currency.Trim(),
                    r.Gross,
                    r.PlatformFee,
                    r.Refunded,
                    r.Net,
                    r.PaymentStatus,
                    r.Flag
                )
                {
                    Disputed = r.Disputed,
                    DisputeFees = r.DisputeFees,
                },
                Cursor = new Cursor(r.CapturedAt, r.BookingId).Encode(),
            })
            .ToList();
        // The ledger already counted its bookings per currency: no second query for totalCount.
        return ConnectionOf(edges, rows.Count > size, after, _ => Task.FromResult(ledger.Totals.Sum(t => t.Bookings)));
    }

    /// <summary>Payouts to the organization's bank, newest first.</summary>
    public async Task<Connection<Payout>> PayoutsAsync(int? first, string? after, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(first ?? 20, 0, MaxPageSize);
        var query = db.Payouts.AsNoTracking();
        var whole = query;
        if (after is not null)
        {
            if (Cursor.TryDecode(after) is not { } cursor)
                throw new global::GraphQL.ExecutionError("'after' is not a cursor from this list.") { Code = "INVALID_CURSOR" };
            query = query.Where(p => p.CreatedAt < cursor.At || (p.CreatedAt == cursor.At && p.Id.CompareTo(cursor.Id) < 0));
        }
        var rows = await query
            .OrderByDescending(p => p.CreatedAt)
            .ThenByDescending(p => p.Id)
            .Take(size + 1)
            .ToListAsync(cancellationToken);
        var edges = rows.Take(size).Select(p => new Edge<Payout> { Node = p, Cursor = new Cursor(p.CreatedAt, p.Id).Encode() }).ToList();
        return ConnectionOf(edges, rows.Count > size, after, ct => whole.CountAsync(ct));
    }

    private async Task<string> TimeZoneAsync(CancellationToken cancellationToken)
    {
        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("No organization resolved.");
        return await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.TimeZone).SingleAsync(cancellationToken);
    }

    private static void CheckRange(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from || (to - from).TotalDays > MaxDays)
            throw new global::GraphQL.ExecutionError($"Ask for at most {MaxDays} days, 'to' after 'from'.") { Code = "INVALID_RANGE" };
    }

    private static Connection<T> ConnectionOf<T>(
        List<Edge<T>> edges,
        bool hasNext,
        string? after,
        Func<CancellationToken, Task<int>> count
    ) =>
        new CountedConnection<T>(count)
        {
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasNextPage = hasNext,
                HasPreviousPage = after is not null,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };

    /// <summary>An opaque keyset cursor over (instant, id).</summary>
    private readonly record struct Cursor(DateTimeOffset At, Guid Id)
    {
        public string Encode() =>
            Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"m:{At.UtcTicks.ToString(CultureInfo.InvariantCulture)}:{Id:N}"));

        public static Cursor? TryDecode(string cursor)
        {
            if (cursor.Length is 0 or > 100 || !Base64Url.IsValid(cursor))
                return null;
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(':');
            return
                parts is ["m", var ticks, var id]
                && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var utcTicks)
                && utcTicks is >= 0 and <= 3155378975999999999
                && Guid.TryParseExact(id, "N", out var guid)
                ? new Cursor(new DateTimeOffset(utcTicks, TimeSpan.Zero), guid)
                : null;
        }
    }
}
