using GraphQL;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Platform.Api.Data;
using Platform.Api.Features.Bookings.Stats;
using Platform.Api.GraphQL.Execution;
using Platform.Api.Realtime;
using Platform.Tenancy;

namespace Platform.Api.Features.Bookings.Live;

/// <summary>
/// dashboard, for administrators: the current figures at once, then again after every change in the
/// organization. A burst of changes is answered once with the latest figures, and the figures are
/// computed once per change for every administrator watching.
/// </summary>
public sealed class DashboardFeed(
    RealtimeHub hub,
    ICurrentTenant currentTenant,
    MembershipCache memberships,
    LiveLoads loads,
    TimeProvider clock
)
{
    public Task<IObservable<object?>> SubscribeAsync(IResolveFieldContext context)
    {
        var watcher = Watcher.Of(context.Caller());

        async ValueTask<EventOutcome> SelectAsync(IReadOnlyList<RealtimeEvent> batch, CancellationToken cancellationToken)
        {
            if (batch.Any(watcher.IsAbout) || batch.Any(e => e is BookingChanged))
            {
                if (!await watcher.StillAllowedAsync(memberships))
                    return EventOutcome.Stop(Watcher.AccessChanged());
            }

            var latest = batch.LastOrDefault(e => e is BookingChanged);
            if (latest is null)
                return EventOutcome.Skip;
            return EventOutcome.Send((await loads.SharedAsync(latest, "dashboard", services => ComputeAsync(services, watcher.TimeZone)))!);
        }

        async ValueTask<object?> InitialAsync(CancellationToken cancellationToken) =>
            await loads.InTenantAsync(watcher.TenantId, services => ComputeAsync(services, watcher.TimeZone));

        return Task.FromResult<IObservable<object?>>(
            new EventStream(hub, currentTenant, watcher.TenantId, watcher.UserId, SelectAsync, InitialAsync, coalesce: true)
        );
    }

    private async Task<Dashboard?> ComputeAsync(IServiceProvider services, string timeZone)
    {
        var now = clock.GetDatabaseNow();
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) ?? DateTimeZone.Utc;
        var today = Instant.FromDateTimeOffset(now).InZone(zone).Date;
        // As UTC instants: the database takes timestamptz parameters only with offset 0.
        var from = zone.AtStartOfDay(today).ToInstant().ToDateTimeOffset();
        var to = zone.AtStartOfDay(today.PlusDays(1)).ToInstant().ToDateTimeOffset();
        var (byStatus, revenue) = await services
            .GetRequiredService<BookingStatsService>()
            .SummarizeAsync(from, to, now, CancellationToken.None);
        var pending = await services
            .GetRequiredService<PlatformDbContext>()
            .Bookings.AsNoTracking()
            .CountAsync(b => b.Status == BookingStatus.AwaitingHost && (b.ConfirmationExpiresAt == null || b.ConfirmationExpiresAt > now));
        return new Dashboard(today.ToDateOnly(), zone.Id, from, to, byStatus, pending, revenue, now);
    }
}
