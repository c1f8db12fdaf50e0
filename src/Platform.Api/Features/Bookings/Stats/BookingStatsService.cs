using Microsoft.EntityFrameworkCore;
using NodaTime;
using Platform.Api.Data;
using Platform.Api.Features.Availability.Domain;
using Platform.Api.Features.Bookings.Data;
using Platform.Api.Features.Bookings.Domain;

namespace Platform.Api.Features.Bookings.Stats;

/// <summary>bookingStats: counts by status, revenue by currency and utilization by provider, for bookings starting in [from, to).</summary>
public sealed class BookingStatsService(PlatformDbContext db, Availability.Slots.SlotService slots, TimeProvider clock)
{
    public const int MaxDays = 366;

    private static readonly BookingStatus[] Made =
    [
        BookingStatus.AwaitingHost,
        BookingStatus.Confirmed,
        BookingStatus.Completed,
        BookingStatus.NoShow,
    ];

    private static readonly PaymentStatus[] Paid =
    [
        .. Enum.GetValues<PaymentStatus>().Where(s => s.HoldsMoney() || s == PaymentStatus.Refunded),
    ];

    public async Task<BookingStats> ComputeAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        if (to <= from || (to - from).TotalDays > MaxDays)
            throw new global::GraphQL.ExecutionError($"Ask for at most {MaxDays} days, 'to' after 'from'.") { Code = "INVALID_RANGE" };
        var now = clock.GetDatabaseNow();
        var (byStatus, revenue) = await SummarizeAsync(from, to, now, cancellationToken);
        return new BookingStats(from, to, byStatus, revenue, await UtilizationAsync(from, to, now, cancellationToken));
    }

    /// <summary>Counts by effective status and revenue by currency of the bookings starting in [from, to).</summary>
    public async Task<(IReadOnlyList<StatusCount> ByStatus, IReadOnlyList<CurrencyRevenue> Revenue)> SummarizeAsync(
        DateTimeOffset from,
        DateTimeOffset to,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        var inRange = db.Bookings.AsNoTracking().Where(b => b.StartsAt >= from && b.StartsAt < to);

        // The effective status, computed by the database: a hold or confirmation past its time counts as expired.
        var rows = await inRange
            .Select(b => new
            {
                Status = (b.Status == BookingStatus.Held && b.HoldExpiresAt <= now)
                || (b.Status == BookingStatus.AwaitingHost && b.ConfirmationExpiresAt <= now)
                    ? BookingStatus.Expired
                    : b.Status,
                b.Currency,
                b.PaymentStatus,
                b.PriceAmount,
                Refund = b.RefundAmount ?? 0,
            })
            .GroupBy(b => new
            {
                b.Status,
                b.Currency,
                b.PaymentStatus,
            })
            .Select(g => new
            {
                g.Key.Status,
                g.Key.Currency,
                g.Key.PaymentStatus,
                Count = g.Count(),
                Gross = g.Sum(b => b.PriceAmount),
                Refunded = g.Sum(b => b.Refund),
            })
            .ToListAsync(cancellationToken);

        var byStatus = Enum.GetValues<BookingStatus>()
            .Select(s => new StatusCount(s, rows.Where(r => r.Status == s).Sum(r => r.Count)))
            .ToList();
        var revenue = rows.Where(r => Made.Contains(r.Status) || Paid.Contains(r.PaymentStatus))
            .GroupBy(r => r.Currency)
            .Select(g => new CurrencyRevenue(g.Key, g.Sum(r => r.Count), g.Sum(r => r.Gross), g.Sum(r => r.Refunded)))
            .OrderBy(r => r.Currency, StringComparer.Ordinal)
            .ToList();
        return (byStatus, revenue);
    }

    private async Task<IReadOnlyList<ProviderUtilization>> UtilizationAsync(
        DateTimeOffset from,
        DateTimeOffset to,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        var providerIds = await db
            .Providers.AsNoTracking()
            .OrderBy(p => p.CreatedAt)
            .ThenBy(p => p.Id)
            .Select(p => p.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        var range = new InstantRange(Instant.FromDateTimeOffset(from), Instant.FromDateTimeOffset(to));
        var calendars = await slots.LoadCalendarsAsync(providerIds, range, Instant.FromDateTimeOffset(now), cancellationToken);
        // Sessions (not their buffers) of bookings that hold their time or took place.
        var sessions = (
            await db
                .Bookings.AsNoTracking()
                .Where(b => b.StartsAt < to && b.EndsAt > from)
                .Where(BookingOccupancy.BookedAt(now))
                .Select(b => new
                {
                    b.ProviderId,
                    b.StartsAt,
                    b.EndsAt,
                })
                .ToListAsync(cancellationToken)
        ).ToLookup(b => b.ProviderId, b => new InstantRange(Instant.FromDateTimeOffset(b.StartsAt), Instant.FromDateTimeOffset(b.EndsAt)));

        return
        [
            .. calendars.Select(calendar =>
            {
                var zone = calendar.Hours.Zone;
                var windows = calendar
                    .Hours.WindowsBetween(range.Start.InZone(zone).Date.PlusDays(-1), range.End.InZone(zone).Date.PlusDays(1))
                    .Select(w => w.Span);
                var available = TimeSets.Subtract(TimeSets.Intersect(windows, [range]), calendar.Blackouts);
                var booked = TimeSets.Intersect(sessions[calendar.ProviderId], available);
                return new ProviderUtilization(
                    calendar.ProviderId,
                    (long)TimeSets.Length(available).TotalMinutes,
                    (long)TimeSets.Length(booked).TotalMinutes
                );
            }),
        ];
    }
}
