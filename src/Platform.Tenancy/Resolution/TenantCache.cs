using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Platform.Tenancy.Resolution;

/// <summary>
/// Tenant resolution runs on every request, so registry lookups are cached. Entries are evicted when the
/// registry row changes (the host forwards the database's change notifications to <see cref="Forget"/>,
/// and calls <see cref="Clear"/> when it may have missed some); <see cref="TenancyOptions.CacheSeconds"/>
/// is only a safety net. Unknown slugs are kept briefly (random slugs must not fill memory). The cache is
/// bounded; when full, unknown slugs are evicted first.
/// </summary>
public sealed class TenantCache : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly TimeSpan _known;
    private readonly TimeSpan _unknown;

    // Bumped by every eviction: a load that overlapped one may have read the row before the change
    // committed, so its answer is not kept.
    private long _evictions;

    public TenantCache(IOptions<TenancyOptions> options)
    {
        var settings = options.Value;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, settings.CacheSize) });
        _known = TimeSpan.FromSeconds(Math.Max(0, settings.CacheSeconds));
        _unknown = TimeSpan.FromSeconds(Math.Max(0, settings.UnknownCacheSeconds));
    }

    /// <summary>Slugs cached now, known and unknown.</summary>
    public int Count => _cache.Count;

    /// <summary>Whether <paramref name="slug"/> is answered from memory now (tests).</summary>
    public bool Holds(string slug) => _cache.TryGetValue(slug, out _);

    /// <summary>
    /// The cached answer for <paramref name="slug"/> (an organization, or that there is none), else
    /// <paramref name="load"/>'s.
    /// </summary>
    public async Task<Tenant?> GetOrLoadAsync(string slug, Func<CancellationToken, Task<Tenant?>> load, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(slug, out Tenant? cached)) return cached;
        var before = Interlocked.Read(ref _evictions);
        var tenant = await load(cancellationToken);
        var lifetime = tenant is null ? _unknown : _known;
        if (lifetime <= TimeSpan.Zero || Interlocked.Read(ref _evictions) != before) return tenant;

        // A full cache refuses the entry (and compacts in the background): the answer is still right, just not kept.
        _cache.Set(slug, tenant, new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = lifetime,
            Size = 1,
            Priority = tenant is null ? CacheItemPriority.Low : CacheItemPriority.Normal,
        });
        // An eviction between the check above and Set: the entry may hold what it evicted.
        if (Interlocked.Read(ref _evictions) != before) _cache.Remove(slug);
        return tenant;
    }

    /// <summary>Forgets <paramref name="slug"/>: its organization was created, changed or removed.</summary>
    public void Forget(string slug)
    {
        Interlocked.Increment(ref _evictions);
        _cache.Remove(slug);
    }

    /// <summary>Forgets everything: changes may have gone unheard (the change feed reconnected).</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _evictions);
        _cache.Clear();
    }

    public void Dispose() => _cache.Dispose();
}
