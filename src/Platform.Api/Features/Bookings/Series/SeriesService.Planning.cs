using Microsoft.EntityFrameworkCore;
using NodaTime;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Bookings.Holds;
using Platform.Api.Features.Bookings.Idempotency;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Bookings.Series;

/// <summary>Working out a series' occurrences before anything is written, and answering a retried request.</summary>
public sealed partial class SeriesService
{
    private sealed record Plan(
        Guid ProviderId,
        DateTimeZone Zone,
        IReadOnlyList<(int Index, Instant Start, UserError? Problem)> Occurrences
    );

    /// <summary>
    /// The occurrences and what the slot rules say of each. Without a provider given, the provider who
    /// can take the most occurrences is chosen (ties: provider order), so the series stays with one person.
    /// </summary>
    private async Task<Plan> PlanAsync(
        Features.Offerings.Offering offering,
        IReadOnlyList<Guid> providers,
        BookSeriesInput input,
        Duration length,
        CancellationToken cancellationToken
    )
    {
        Plan? best = null;
        foreach (var providerId in providers)
        {
            var provider = await db.Providers.AsNoTracking().SingleAsync(p => p.Id == providerId, cancellationToken);
            var zone = DateTimeZoneProviders.Tzdb[input.TimeZone ?? provider.TimeZone];
            var starts = Recurrence.Starts(Instant.FromDateTimeOffset(input.Start), zone, input.Frequency, input.Occurrences);
            var occurrences = new List<(int, Instant, UserError?)>();
            foreach (var (start, index) in starts.Select((s, i) => (s, i)))
            {
                var slot = await slots.FindSlotAsync(offering, [providerId], start, length, input.Seats, null, cancellationToken);
                occurrences.Add((index, start, slot is null ? HoldWriter.SlotTaken() : null));
            }
            var plan = new Plan(providerId, zone, occurrences);
            if (best is null || plan.Occurrences.Count(o => o.Problem is null) > best.Occurrences.Count(o => o.Problem is null))
                best = plan;
        }

        // Only the chosen provider's refusals are shown, so only they are worth explaining.
        var explained = new List<(int, Instant, UserError?)>();
        foreach (var (index, start, problem) in best!.Occurrences)
            explained.Add(
                (
                    index,
                    start,
                    problem is null
                        ? null
                        : await slots.WhyNotAsync(offering, [best.ProviderId], start, length, input.Seats, null, cancellationToken)
                )
            );
        return best with { Occurrences = explained };
    }

    private async Task<BookSeriesPayload> ReplayAsync(IdempotencyCheck check, CancellationToken cancellationToken)
    {
        if (check.Error is not null)
            return Fail(check.Error);
        var series = await db.BookingSeries.AsNoTracking().SingleAsync(s => s.Id == check.ReplayOf, cancellationToken);
        var bookings = await db
            .Bookings.AsNoTracking()
            .Where(b => b.SeriesId == series.Id)
            .OrderBy(b => b.SeriesIndex)
            .ToListAsync(cancellationToken);
        var cart = bookings.FirstOrDefault(b => b.CartId is not null)?.CartId is { } cartId
            ? await db.Carts.AsNoTracking().SingleAsync(c => c.Id == cartId, cancellationToken)
            : null;
        return new BookSeriesPayload(series, [.. bookings.Select(b => new SeriesOccurrence(b.SeriesIndex ?? 0, b.StartsAt, b, null))])
        {
            Cart = cart,
            Replayed = true,
        };
    }
}
