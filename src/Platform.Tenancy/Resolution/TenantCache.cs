using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Platform.Tenancy.Resolution;

/// <summary>
/// Tenant resolution runs on every request, so registry lookups are cached: known organizations for
/// <see cref="TenancyOptions.CacheSeconds"/>, unknown slugs only briefly (an organization created just
/// after must not stay hidden, and random slugs must not fill memory). The cache is bounded; when full,
/// unknown slugs are evicted first.
/// </summary>
public sealed class TenantCache : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly TimeSpan _known;
    private readonly TimeSpan _unknown;

    public TenantCache(IOptions<TenancyOptions> options)
    {
        var settings = options.Value;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, settings.CacheSize) });
        _known = TimeSpan.FromSeconds(Math.Max(0, settings.CacheSeconds));
        _unknown = TimeSpan.FromSeconds(Math.Max(0, settings.UnknownCacheSeconds));
    }

    /// <summary>Slugs cached now, known and unknown.</summary>
    public int Count => _cache.Count;

    /// <summary>
    /// The cached answer for <paramref name="slug"/> (an organization, or that there is none), else
    /// <paramref name="load"/>'s.
    /// </summary>
    public async Task<Tenant?> GetOrLoadAsync(string slug, Func<CancellationToken, Task<Tenant?>> load, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(slug, out Tenant? cached)) return cached;
        var tenant = await load(cancellationToken);
        var lifetime = tenant is null ? _unknown : _known;
        if (lifetime > TimeSpan.Zero)
        {
            // A full cache refuses the entry (and compacts in the background): the answer is still right, just not kept.
            _cache.Set(slug, tenant, new MemoryCacheEntryOptions
            {
                AbsoluteExpirationRelativeToNow = lifetime,
                Size = 1,
                Priority = tenant is null ? CacheItemPriority.Low : CacheItemPriority.Normal,
            });
        }
        return tenant;
    }

    /// <summary>Forgets <paramref name="slug"/>, after its organization was created, changed or suspended here.</summary>
    public void Forget(string slug) => _cache.Remove(slug);

    public void Dispose() => _cache.Dispose();
}
