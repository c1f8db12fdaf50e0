using Platform.Api.GraphQL.DataLoaders;

namespace Platform.UnitTests.DataLoaders;

public class BatchLoaderTests
{
    private readonly List<int[]> _fetches = [];

    private BatchLoader<int, string> Loader(Func<IReadOnlyCollection<int>, IReadOnlyDictionary<int, string>>? fetch = null) =>
        new(async (keys, _) =>
        {
            lock (_fetches) _fetches.Add([.. keys]);
            await Task.Yield();
            return fetch is null ? keys.ToDictionary(k => k, k => $"v{k}") : fetch(keys);
        });

    [Fact]
    public async Task Keys_loaded_before_awaiting_are_fetched_in_one_call()
    {
        var loader = Loader();
        var results = Enumerable.Range(1, 5).Select(loader.Load).ToList();

        Assert.Equal(0, loader.FetchCount);
        var values = await Task.WhenAll(results.Select(r => r.GetResultAsync()));

        Assert.Equal(1, loader.FetchCount);
        Assert.Equal("v1,v2,v3,v4,v5", string.Join(",", values));
        var fetch = Assert.Single(_fetches);
        Assert.Equal([1, 2, 3, 4, 5], fetch.Order());
    }

    [Fact]
    public async Task Awaiting_one_result_fetches_every_pending_key()
    {
        var loader = Loader();
        var first = loader.Load(1);
        var others = new[] { loader.Load(2), loader.Load(3) };

        Assert.Equal("v1", await first.GetResultAsync());
        Assert.Equal(1, loader.FetchCount);

        Assert.Equal("v2", await others[0].GetResultAsync());
        Assert.Equal("v3", await others[1].GetResultAsync());
        Assert.Equal(1, loader.FetchCount);
    }

    [Fact]
    public async Task Loading_a_key_twice_returns_the_cached_result()
    {
        var loader = Loader();
        var first = loader.Load(7);
        var second = loader.Load(7);

        Assert.Same(first, second);
        Assert.Equal("v7", await second.GetResultAsync());
        Assert.Equal("v7", await loader.Load(7).GetResultAsync());

        Assert.Equal(1, loader.FetchCount);
        Assert.Equal([7], Assert.Single(_fetches));
    }

    [Fact]
    public async Task Keys_missing_from_the_fetch_result_resolve_to_null()
    {
        var loader = Loader(keys => keys.Where(k => k % 2 == 0).ToDictionary(k => k, k => $"v{k}"));
        var odd = loader.Load(1);
        var even = loader.Load(2);

        Assert.Null(await odd.GetResultAsync());
        Assert.Equal("v2", await even.GetResultAsync());
    }

    [Fact]
    public async Task Missing_value_type_keys_resolve_to_default()
    {
        var loader = new BatchLoader<int, int>((keys, _) =>
            Task.FromResult<IReadOnlyDictionary<int, int>>(new Dictionary<int, int> { [1] = 10 }));
        var present = loader.Load(1);
        var missing = loader.Load(2);

        Assert.Equal(10, await present.GetResultAsync());
        Assert.Equal(0, await missing.GetResultAsync());
    }

    [Fact]
    public async Task Key_loaded_after_a_batch_completed_starts_a_second_fetch()
    {
        var loader = Loader();
        Assert.Equal("v1", await loader.Load(1).GetResultAsync());

        var later = loader.Load(2);
        Assert.Equal("v2", await later.GetResultAsync());

        Assert.Equal(2, loader.FetchCount);
        Assert.Equal([1], _fetches[0]);
        Assert.Equal([2], _fetches[1]);
    }

    [Fact]
    public async Task Second_batch_does_not_refetch_keys_of_the_first()
    {
        var loader = Loader();
        await loader.Load(1).GetResultAsync();

        var again = loader.Load(1);
        var fresh = loader.Load(2);
        await Task.WhenAll(again.GetResultAsync(), fresh.GetResultAsync());

        Assert.Equal(2, loader.FetchCount);
        Assert.Equal([2], _fetches[1]);
    }

    [Fact]
    public async Task Fetch_exception_reaches_every_awaiter_of_the_batch()
    {
        var loader = new BatchLoader<int, string>(async (_, _) =>
        {
            await Task.Yield();
            throw new InvalidOperationException("database down");
        });
        var results = Enumerable.Range(1, 3).Select(loader.Load).ToList();

        foreach (var result in results)
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => result.GetResultAsync());
            Assert.Equal("database down", error.Message);
        }

        Assert.Equal(1, loader.FetchCount);
    }

    [Fact]
    public async Task Synchronous_fetch_exception_reaches_every_awaiter_of_the_batch()
    {
        var loader = new BatchLoader<int, string>((_, _) => throw new InvalidOperationException("bad key"));
        var first = loader.Load(1);
        var second = loader.Load(2);

        await Assert.ThrowsAsync<InvalidOperationException>(() => first.GetResultAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => second.GetResultAsync());
    }

    [Fact]
    public async Task Fetch_receives_the_awaiters_cancellation_token()
    {
        using var cts = new CancellationTokenSource();
        CancellationToken seen = default;
        var loader = new BatchLoader<int, string>((keys, ct) =>
        {
            seen = ct;
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => "x"));
        });

        await loader.Load(1).GetResultAsync(cts.Token);

        Assert.Equal(cts.Token, seen);
    }
}
