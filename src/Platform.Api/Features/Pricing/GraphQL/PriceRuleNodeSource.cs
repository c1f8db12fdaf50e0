using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Offerings;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Pricing.GraphQL;

/// <summary>node(id:) for price rules: visible exactly when their offering is.</summary>
internal sealed class PriceRuleNodeSource(PlatformDbContext db) : INodeSource
{
    public string TypeName => PriceRuleType.TypeName;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(IReadOnlyCollection<Guid> ids, PlatformUserContext user,
        CancellationToken cancellationToken)
    {
        var staff = user.StaffRole is not null;
        var onSale = db.Offerings.Where(o => staff || o.Status == OfferingStatus.Active).Select(o => o.Id);
        return await db.PriceRules.AsNoTracking().Where(r => ids.Contains(r.Id) && onSale.Contains(r.OfferingId))
            .ToDictionaryAsync(r => r.Id, r => (object)r, cancellationToken);
    }
}
