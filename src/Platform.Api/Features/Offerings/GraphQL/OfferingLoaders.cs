using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Availability;
using Platform.Api.Features.Pricing;
using Platform.Api.GraphQL.DataLoaders;

namespace Platform.Api.Features.Offerings.GraphQL;

/// <summary>Batch loaders for offering relations: one query per relation per request level.</summary>
internal static class OfferingLoaders
{
    public static BatchLoader<Guid, Offering> OfferingsById(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, Offering>("offerings-by-id", async (ids, ct) =>
            await db.Offerings.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct)
        );

    public static BatchLoader<Guid, List<Provider>> ProvidersByOffering(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, List<Provider>>("providers-by-offering", async (ids, ct) =>
        {
            var rows = (
                await db
                    .OfferingProviders.AsNoTracking()
                    .Where(l => ids.Contains(l.OfferingId))
                    .Join(db.Providers.AsNoTracking(), l => l.ProviderId, p => p.Id, (l, p) => new { l.OfferingId, Provider = p })
                    .OrderBy(r => r.Provider.CreatedAt)
                    .ToListAsync(ct)
            ).ToLookup(r => r.OfferingId, r => r.Provider);
            return ids.ToDictionary(id => id, id => rows[id].ToList());
        });

    public static BatchLoader<Guid, List<PriceRule>> PriceRulesByOffering(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, List<PriceRule>>("price-rules-by-offering", async (ids, ct) =>
        {
            var rows = (
                await db.PriceRules.AsNoTracking().Where(r => ids.Contains(r.OfferingId)).OrderBy(r => r.RoleKey).ToListAsync(ct)
            ).ToLookup(r => r.OfferingId);
            return ids.ToDictionary(id => id, id => rows[id].ToList());
        });
}
