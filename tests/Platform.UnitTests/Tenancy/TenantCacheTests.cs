using Microsoft.Extensions.Options;
using Platform.Tenancy;
using Platform.Tenancy.Resolution;

namespace Platform.UnitTests.Tenancy;

public class TenantCacheTests
{
    private static TenantCache Cache(int knownSeconds = 300, int unknownSeconds = 300, int size = 100) =>
        new(Options.Create(new TenancyOptions { CacheSeconds = knownSeconds, UnknownCacheSeconds = unknownSeconds, CacheSize = size }));

    private static Func<CancellationToken, Task<Tenant?>> Counting(Tenant? answer, List<string> loads, string slug) => _ =>
    {
        loads.Add(slug);
        return Task.FromResult(answer);
    };

    [Fact]
    public async Task A_known_organization_is_loaded_once_while_cached()
    {
        using var cache = Cache();
        var loads = new List<string>();
        var acme = new Tenant { Slug = "acme" };

        Assert.Same(acme, await cache.GetOrLoadAsync("acme", Counting(acme, loads, "acme"), default));
        Assert.Same(acme, await cache.GetOrLoadAsync("acme", Counting(acme, loads, "acme"), default));
        Assert.Single(loads);
    }

    [Fact]
    public async Task An_unknown_slug_forgotten_after_its_creation_is_found_at_once()
    {
        using var cache = Cache();
        var loads = new List<string>();
        Assert.Null(await cache.GetOrLoadAsync("new-org", Counting(null, loads, "new-org"), default));

        cache.Forget("new-org");
        var created = new Tenant { Slug = "new-org" };

        Assert.Same(created, await cache.GetOrLoadAsync("new-org", Counting(created, loads, "new-org"), default));
    }

    [Fact]
    public async Task A_lifetime_of_zero_reads_the_registry_every_time()
    {
        using var cache = Cache(knownSeconds: 0, unknownSeconds: 0);
        var loads = new List<string>();
        var acme = new Tenant { Slug = "acme" };

        await cache.GetOrLoadAsync("acme", Counting(acme, loads, "acme"), default);
        await cache.GetOrLoadAsync("acme", Counting(acme, loads, "acme"), default);
        await cache.GetOrLoadAsync("nobody", Counting(null, loads, "nobody"), default);

        Assert.Equal(3, loads.Count);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task A_flood_of_random_slugs_never_grows_the_cache_past_its_size()
    {
        using var cache = Cache(size: 50);
        var loads = new List<string>();

        for (var i = 0; i < 1000; i++)
        {
            var slug = "random-" + i;
            await cache.GetOrLoadAsync(slug, Counting(null, loads, slug), default);
            Assert.True(cache.Count <= 50, $"{cache.Count} entries after {i + 1} slugs");
        }

        Assert.Equal(1000, loads.Count);
    }
}
