using Microsoft.EntityFrameworkCore;
using NodaTime;
using Platform.Api.Data;
using Platform.Api.Features.Offerings;
using Platform.Api.GraphQL.DataLoaders;

namespace Platform.Api.Features.Availability;

/// <summary>Batch loaders for provider relations: one query per relation per request level.</summary>
internal static class AvailabilityLoaders
{
    public static BatchLoader<Guid, Provider> ProvidersById(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, Provider>("providers-by-id", async (ids, ct) =>
            await db.Providers.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct));

    /// <summary>The name of the person behind each provider (through its membership).</summary>
    public static BatchLoader<Guid, string> ProviderNames(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, string>("provider-names", async (ids, ct) =>
            await db.Providers.AsNoTracking().Where(p => ids.Contains(p.Id))
                .Join(db.Memberships.AsNoTracking(), p => p.MembershipId, m => m.Id, (p, m) => new { p.Id, m.UserId })
                .Join(db.Users.AsNoTracking(), r => r.UserId, u => u.Id, (r, u) => new { r.Id, u.DisplayName })
                .ToDictionaryAsync(r => r.Id, r => r.DisplayName, ct));

    public static BatchLoader<Guid, List<WeeklyHours>> WeeklyHoursByProvider(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, List<WeeklyHours>>("weekly-hours-by-provider", async (ids, ct) =>
        {
            var rows = (await db.AvailabilityRules.AsNoTracking().Where(r => ids.Contains(r.ProviderId))
                .OrderBy(r => r.DayOfWeek).ThenBy(r => r.StartMinute).ToListAsync(ct)).ToLookup(r => r.ProviderId);
            return ids.ToDictionary(id => id, id => rows[id].Select(r => new WeeklyHours((IsoDayOfWeek)r.DayOfWeek, r.StartMinute, r.EndMinute)).ToList());
        });

    public static BatchLoader<Guid, List<Offering>> OfferingsByProvider(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, List<Offering>>("offerings-by-provider", async (ids, ct) =>
        {
            var rows = (await db.OfferingProviders.AsNoTracking().Where(l => ids.Contains(l.ProviderId))
                .Join(db.Offerings.AsNoTracking().Where(o => o.Status == OfferingStatus.Active), l => l.OfferingId, o => o.Id, (l, o) => new { l.ProviderId, Offering = o })
                .OrderBy(r => r.Offering.Name).ToListAsync(ct)).ToLookup(r => r.ProviderId, r => r.Offering);
            return ids.ToDictionary(id => id, id => rows[id].ToList());
        });
}
