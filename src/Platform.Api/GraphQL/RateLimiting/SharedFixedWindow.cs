using System.Collections.Concurrent;
using Npgsql;

namespace Platform.Api.GraphQL.RateLimiting;

/// <summary>
/// A fixed window of <see cref="Limit"/> permits a minute per partition, held across every instance: each instance
/// takes permits from a local allowance and claims more from <see cref="SharedWindowCounter"/> in batches of
/// <see cref="Batch"/>. A claim is granted only what the limit has left, so the cluster never grants more than the
/// limit in a window; permits claimed by one instance and unused there are lost to the others, so a client may be
/// refused after at least <c>Limit − (instances − 1) × (Batch − 1)</c> permits. A window starts with a partition's
/// first request after the last one ended, by the database's clock (instances' clocks do not matter).
/// </summary>
public sealed class SharedFixedWindow(
    string prefix, int limit, int batch, SharedWindowCounter counter, TimeProvider clock, ILogger logger)
{
    public static readonly TimeSpan Length = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, WindowAllowance> _allowances = new(StringComparer.Ordinal);

    public int Limit => limit;

    public int Batch => batch;

    /// <summary>Partitions this instance holds an allowance for (tests, and the sweep).</summary>
    public int Count => _allowances.Count;

    /// <summary>Takes one permit of <paramref name="partition"/>: null when granted, else how long until its window ends.</summary>
    public async ValueTask<TimeSpan?> TryAcquireAsync(string partition, CancellationToken cancellationToken)
    {
        var allowance = _allowances.GetOrAdd(partition, _ => new WindowAllowance());
        var now = clock.GetUtcNow();
        var taken = allowance.TryTake(now);
        if (taken != TakeResult.ClaimNeeded) return Answer(taken, allowance, now);

        await allowance.Claiming.WaitAsync(cancellationToken);
        try
        {
            // Another request may have claimed while this one waited.
            now = clock.GetUtcNow();
            taken = allowance.TryTake(now);
            if (taken != TakeResult.ClaimNeeded) return Answer(taken, allowance, now);
            await ClaimAsync(allowance, prefix + partition, now, cancellationToken);
            return Answer(allowance.TryTake(now), allowance, now);
        }
        finally
        {
            allowance.Claiming.Release();
        }
    }

    /// <summary>Forgets allowances whose window has ended.</summary>
    public void Prune(DateTimeOffset now)
    {
        foreach (var (partition, allowance) in _allowances)
        {
            if (allowance.Until <= now) _allowances.TryRemove(new KeyValuePair<string, WindowAllowance>(partition, allowance));
        }
    }

    private async Task ClaimAsync(WindowAllowance allowance, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var claim = await counter.ClaimAsync(key, batch, limit, Length, now, cancellationToken);
            allowance.Add(claim, exhausted: claim.Granted < batch);
        }
        catch (Exception e) when ((e is NpgsqlException or TimeoutException) && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Rate limit counter unreachable; limiting {Partition} on this instance alone until the window ends", key);
            allowance.LimitLocally(now, Length, limit);
        }
    }

    private static TimeSpan? Answer(TakeResult taken, WindowAllowance allowance, DateTimeOffset now) =>
        taken == TakeResult.Taken ? null : allowance.Until > now ? allowance.Until - now : Length;
}
