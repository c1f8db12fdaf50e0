using Platform.Tenancy.Resolution;

namespace Platform.Api.Realtime;

/// <summary>
/// Keeps <see cref="TenantCache"/> (slug → organization) coherent across instances: a committed change to
/// an organization's registry row evicts its slug, and its previous slug after a rename.
/// </summary>
internal sealed class TenantCacheInvalidation(TenantCache cache) : ISharedCache
{
    public void Evict(RealtimeEvent change)
    {
        if (change is not TenantChanged tenant) return;
        cache.Forget(tenant.Slug);
        if (tenant.PreviousSlug is { } previous && previous != tenant.Slug) cache.Forget(previous);
    }

    public void Clear() => cache.Clear();
}
