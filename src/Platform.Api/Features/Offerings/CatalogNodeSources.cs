using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Availability;
using Platform.Api.Features.Pricing;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Offerings;

/// <summary>
/// node(id:) for catalog types. Rows of other organizations never load (tenant filter + RLS), so a
/// foreign id resolves to null. Offerings, providers and prices are public within their organization
/// (booking pages show them); blackouts are for staff.
/// </summary>
internal sealed class OfferingNodeSource(PlatformDbContext db) : INodeSource
{
    public string TypeName => OfferingType.TypeName;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(IReadOnlyCollection<Guid> ids, PlatformUserContext user, CancellationToken cancellationToken) =>
        await db.Offerings.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => (object)o, cancellationToken);
}

internal sealed class ProviderNodeSource(PlatformDbContext db) : INodeSource
{
    public string TypeName => ProviderType.TypeName;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(IReadOnlyCollection<Guid> ids, PlatformUserContext user, CancellationToken cancellationToken) =>
        await db.Providers.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => (object)p, cancellationToken);
}

internal sealed class PriceRuleNodeSource(PlatformDbContext db) : INodeSource
{
    public string TypeName => PriceRuleType.TypeName;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(IReadOnlyCollection<Guid> ids, PlatformUserContext user, CancellationToken cancellationToken) =>
        await db.PriceRules.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => (object)r, cancellationToken);
}

internal sealed class BlackoutNodeSource(PlatformDbContext db) : INodeSource
{
    public string TypeName => BlackoutType.TypeName;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(IReadOnlyCollection<Guid> ids, PlatformUserContext user, CancellationToken cancellationToken)
    {
        if (user.StaffRole is null) return new Dictionary<Guid, object>();
        return await db.Blackouts.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => (object)b, cancellationToken);
    }
}
