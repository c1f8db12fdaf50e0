using Microsoft.EntityFrameworkCore;
using NodaTime;
using Platform.Api.Data;
using Platform.Api.Features.Availability.Domain;
using Platform.Api.Features.Offerings;
using Platform.Api.Features.Organizations;
using Platform.Api.GraphQL.DataLoaders;

namespace Platform.Api.Features.Availability.GraphQL;

/// <summary>Batch loaders for provider relations: one query per relation per request level.</summary>
internal static class AvailabilityLoaders
{
    public static BatchLoader<Guid, Provider> ProvidersById(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, Provider>("providers-by-id", async (ids, ct) =>
            await db.Providers.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct)
        );

    /// <summary>The name of the person behind each provider (through its membership).</summary>
    public static BatchLoader<Guid, string> ProviderNames(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, string>("provider-names", async (ids, ct) =>
            await db
                .Providers.AsNoTracking()
                .Where(p => ids.Contains(p.Id))
                .Join(db.Memberships.AsNoTracking(), p => p.MembershipId, m => m.Id, (p, m) => new { p.Id, m.UserId })
                .Join(db.Users.AsNoTracking(), r => r.UserId, u => u.Id, (r, u) => new { r.Id, u.DisplayName })
                .ToDictionaryAsync(r => r.Id, r => r.DisplayName, ct)
        );

    public static BatchLoader<Guid, List<WeeklyHours>> WeeklyHoursByProvider(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, List<WeeklyHours>>("weekly-hours-by-provider", async (ids, ct) =>
        {
            var rows = (
                await db
                    .AvailabilityRules.AsNoTracking()
                    .Where(r => ids.Contains(r.ProviderId))
                    .OrderBy(r => r.DayOfWeek)
                    .ThenBy(r => r.StartMinute)
                    .ToListAsync(ct)
            ).ToLookup(r => r.ProviderId);
            return ids.ToDictionary(
                id => id,
                id => rows[id].Select(r => new WeeklyHours((IsoDayOfWeek)r.DayOfWeek, r.StartMinute, r.EndMinute)).ToList()
            );
        });

    public static BatchLoader<Guid, List<Offering>> OfferingsByProvider(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, List<Offering>>("offerings-by-provider", async (ids, ct) =>
        {
            var rows = (
                await db
                    .OfferingProviders.AsNoTracking()
                    .Where(l => ids.Contains(l.ProviderId))
                    .Join(
                        db.Offerings.AsNoTracking().Where(o => o.Status == OfferingStatus.Active),
                        l => l.OfferingId,
                        o => o.Id,
                        (l, o) => new { l.ProviderId, Offering = o }
                    )
                    .OrderBy(r => r.Offering.Name)
                    .ToListAsync(ct)
            ).ToLookup(r => r.ProviderId, r => r.Offering);
            return ids.ToDictionary(id => id, id => rows[id].ToList());
        });

    public static BatchLoader<Guid, Membership> MembershipsById(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, Membership>("memberships-by-id", async (ids, ct) =>
            await db.Memberships.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct)
        );

    /// <summary>Date overrides in [from, to] per provider; one loader (and one query) per distinct range in the request.</summary>
    public static BatchLoader<Guid, List<DateOverrideView>> DateOverridesByProvider(
        this DataLoaderContext loaders,
        PlatformDbContext db,
        DateOnly from,
        DateOnly to
    ) => loaders.GetOrAdd<Guid, List<DateOverrideView>>($"date-overrides:{from:O}:{to:O}", async (ids, ct) =>
        {
            var rows = (
                await db
                    .AvailabilityOverrides.AsNoTracking()
                    .Where(o => ids.Contains(o.ProviderId) && o.Date >= from && o.Date <= to)
                    .OrderBy(o => o.Date)
                    .ThenBy(o => o.StartMinute)
                    .ToListAsync(ct)
            ).ToLookup(o => o.ProviderId);
            return ids.ToDictionary(
                id => id,
                id =>
                    rows[id]
                        .GroupBy(o => o.Date)
                        .Select(g => new DateOverrideView(
                            g.Key,
                            [
                                .. g.Where(o => o.StartMinute is not null)
                                    .Select(o => new MinuteRange(o.StartMinute!.Value, o.EndMinute!.Value)),
                            ]
                        ))
                        .ToList()
            );
        });

    /// <summary>Busy intervals overlapping [from, to) per provider; one loader per distinct range.</summary>
    public static BatchLoader<Guid, List<BusyInterval>> BusyByProvider(
        this DataLoaderContext loaders,
        PlatformDbContext db,
        DateTimeOffset from,
        DateTimeOffset to
    ) => loaders.GetOrAdd<Guid, List<BusyInterval>>($"busy:{from.UtcTicks}:{to.UtcTicks}", async (ids, ct) =>
        {
            var rows = (
                await db
                    .BusyIntervals.AsNoTracking()
                    .Where(b => ids.Contains(b.ProviderId) && b.StartsAt < to && b.EndsAt > from)
                    .OrderBy(b => b.StartsAt)
                    .ToListAsync(ct)
            ).ToLookup(b => b.ProviderId);
            return ids.ToDictionary(id => id, id => rows[id].ToList());
        });
}
