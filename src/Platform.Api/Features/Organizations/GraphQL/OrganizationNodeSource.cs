using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;
using Platform.Tenancy.EntityFramework;

namespace Platform.Api.Features.Organizations.GraphQL;

/// <summary>
/// node(id:) for this feature's types. Each load is restricted to what the caller may see; rows of
/// other organizations never load (tenant filter + RLS), so their ids resolve to null.
/// </summary>
internal sealed class OrganizationNodeSource(PlatformDbContext db) : INodeSource
{
    public string TypeName => OrganizationType.TypeName;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(
        IReadOnlyCollection<Guid> ids,
        PlatformUserContext user,
        CancellationToken cancellationToken
    )
    {
        // Visible: the resolved organization, and any organization the caller belongs to (own memberships pass RLS).
        var memberOf = user.UserId is { } userId
            ? await db
                .Memberships.IgnoreQueryFilters([TenantModelBuilderExtensions.TenantFilter])
                .Where(m => m.UserId == userId && ids.Contains(m.TenantId))
                .Select(m => m.TenantId)
                .ToListAsync(cancellationToken)
            : [];
        var visible = ids.Where(id => id == user.Tenant?.Id || memberOf.Contains(id)).ToList();
        return await db
            .Tenants.AsNoTracking()
            .Where(t => visible.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => (object)t, cancellationToken);
    }
}
