using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.SharedState;

/// <summary>
/// A host whose caches would keep everything for ten hours, were it not for the change notifications: whatever it
/// sees of a change made elsewhere, only the notification can explain.
/// </summary>
public sealed class SharedCachesApp : PlatformApp
{
    public static readonly (string Key, string Value)[] LongCaches =
    [
        ("Tenancy:CacheSeconds", "36000"),
        ("Tenancy:UnknownCacheSeconds", "36000"),
        ("Bookings:SettingsCacheSeconds", "36000"),
    ];

    public SharedCachesApp()
    {
        Set("Jobs:Enabled", "false");
        foreach (var (key, value) in LongCaches) Set(key, value);
    }
}
