using System.Collections.Concurrent;

namespace Platform.Api.Features.Integrations.ApiKeys;

/// <summary>
/// What this instance last read about whether an API key is revoked, for <see cref="Freshness"/>: a request with a key's
/// token costs no query most of the time. A revocation on this instance is known at once; on others within seconds.
/// </summary>
public sealed class RevokedClientCache(TimeProvider clock)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, (bool Revoked, DateTimeOffset ReadAt)> _known = new(StringComparer.Ordinal);

    public bool? Lookup(string clientId) =>
        _known.TryGetValue(clientId, out var known) && clock.GetUtcNow() - known.ReadAt < Freshness ? known.Revoked : null;

    public void Remember(string clientId, bool revoked) => _known[clientId] = (revoked, clock.GetUtcNow());
}
