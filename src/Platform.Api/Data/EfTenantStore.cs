using Microsoft.EntityFrameworkCore;
using Platform.Tenancy;
using Platform.Tenancy.Resolution;

namespace Platform.Api.Data;

/// <summary>
/// Reads the tenant registry through <see cref="TenantCache"/>: resolution runs on every request, and a
/// suspension or rename needs to take effect within seconds, not instantly. Writers call Invalidate.
/// </summary>
internal sealed class EfTenantStore(PlatformDbContext db, TenantCache cache) : ITenantStore
{
    public Task<Tenant?> FindBySlugAsync(string slug, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync(slug, token => db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == slug, token), cancellationToken);

    public Task<Tenant?> FindByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);

    public void Invalidate(Tenant tenant) => cache.Forget(tenant.Slug);
}
