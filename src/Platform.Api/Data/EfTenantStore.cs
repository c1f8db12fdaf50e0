using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Platform.Tenancy;
using Platform.Tenancy.Resolution;

namespace Platform.Api.Data;

/// <summary>
/// Reads the tenant registry, caching each slug briefly: resolution runs on every request, and a
/// suspension or rename needs to take effect within seconds, not instantly. Writers call Invalidate.
/// </summary>
internal sealed class EfTenantStore(PlatformDbContext db, IMemoryCache cache) : ITenantStore
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public Task<Tenant?> FindBySlugAsync(string slug, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(Key(slug), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        });

    public Task<Tenant?> FindByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);

    public void Invalidate(Tenant tenant) => cache.Remove(Key(tenant.Slug));

    private static string Key(string slug) => "tenant-slug:" + slug;
}
