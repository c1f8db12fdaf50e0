using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Platform.Api.Realtime;

namespace Platform.Api.Features.Bookings.Settings;

/// <summary>
/// Organizations' booking settings, as committed: every hold reads them, so they are kept in memory until the
/// booking-settings trigger says they changed (on whichever instance the change was made), or until the
/// safety-net lifetime of <see cref="BookingSettingsCacheOptions.SettingsCacheSeconds"/> passes.
/// </summary>
public sealed class BookingSettingsCache(IOptions<BookingSettingsCacheOptions> options, TimeProvider clock) : ISharedCache
{
    private const int MaxEntries = 100_000;
    private readonly TimeSpan _lifetime = TimeSpan.FromSeconds(options.Value.SettingsCacheSeconds);
    private readonly ConcurrentDictionary<Guid, (BookingSettings Settings, DateTimeOffset Until)> _entries = new();

    // Bumped by every eviction: a load that overlapped one may have read the row before the change
    // committed, so its answer is not kept.
    private long _evictions;

    /// <summary>
    /// The cached settings of <paramref name="tenantId"/>, else <paramref name="load"/>'s, kept if <paramref name="keep"/>.
    /// </summary>
    public async Task<BookingSettings> GetOrLoadAsync(Guid tenantId, Func<Task<BookingSettings>> load, bool keep = true)
    {
        if (_entries.TryGetValue(tenantId, out var entry) && clock.GetUtcNow() < entry.Until) return entry.Settings;
        var before = Interlocked.Read(ref _evictions);
        var settings = await load();
        if (!keep || _lifetime <= TimeSpan.Zero || Interlocked.Read(ref _evictions) != before) return settings;

        if (_entries.Count >= MaxEntries) _entries.Clear();
        _entries[tenantId] = (settings, clock.GetUtcNow() + _lifetime);
        // An eviction between the check above and the store: the entry may hold what it evicted.
        if (Interlocked.Read(ref _evictions) != before) _entries.TryRemove(tenantId, out _);
        return settings;
    }

    /// <summary>Whether <paramref name="tenantId"/>'s settings are answered from memory now (tests).</summary>
    public bool Holds(Guid tenantId) => _entries.ContainsKey(tenantId);

    public void Forget(Guid tenantId)
    {
        Interlocked.Increment(ref _evictions);
        _entries.TryRemove(tenantId, out _);
    }

    public void Evict(RealtimeEvent change)
    {
        if (change is BookingSettingsChanged settings) Forget(settings.TenantId);
    }

    public void Clear()
    {
        Interlocked.Increment(ref _evictions);
        _entries.Clear();
    }
}
