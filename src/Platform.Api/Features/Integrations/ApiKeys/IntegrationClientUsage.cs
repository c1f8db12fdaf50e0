using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Identity;
using Platform.Tenancy;

namespace Platform.Api.Features.Integrations.ApiKeys;

/// <summary>
/// Answers the token endpoint and the request pipeline about API keys. Both run outside the key's organization (the
/// token endpoint has none, a request may address another), so each read and write switches to the key's own.
/// </summary>
public sealed class IntegrationClientUsage(PlatformDbContext db, ICurrentTenant currentTenant, RevokedClientCache cache, TimeProvider clock)
    : IIntegrationClientUsage
{
    /// <summary><see cref="IntegrationClient.LastUsedAt"/> moves at most this often: one write a minute, however many tokens.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<bool> IsRevokedAsync(string clientId, Guid tenantId, CancellationToken cancellationToken)
    {
        if (cache.Lookup(clientId) is { } known) return known;
        bool revoked;
        using (currentTenant.Change(tenantId))
        {
            revoked = await db.IntegrationClients.AsNoTracking()
                .AnyAsync(c => c.ClientId == clientId && c.RevokedAt != null, cancellationToken);
        }

        cache.Remember(clientId, revoked);
        return revoked;
    }

    public async Task TokenIssuedAsync(string clientId, Guid tenantId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stale = now - LastUsedResolution;
        using (currentTenant.Change(tenantId))
        {
            // The condition is the throttle: within the minute the update matches no row and writes nothing.
            await db.IntegrationClients
                .Where(c => c.ClientId == clientId && (c.LastUsedAt == null || c.LastUsedAt < stale))
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.LastUsedAt, now), cancellationToken);
        }
    }
}
