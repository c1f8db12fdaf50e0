using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Availability.GraphQL;

/// <summary>
/// node(id:) for blackouts: staff only. (Offerings, providers and prices are public within their
/// organization and use <see cref="TenantRowNodeSource{TEntity}"/>.) Rows of other organizations never
/// load (tenant filter + RLS), so a foreign id resolves to null.
/// </summary>
internal sealed class BlackoutNodeSource(PlatformDbContext db) : INodeSource
{
    public string TypeName => BlackoutType.TypeName;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(
        IReadOnlyCollection<Guid> ids,
        PlatformUserContext user,
        CancellationToken cancellationToken
    )
    {
        if (user.StaffRole is null)
            return new Dictionary<Guid, object>();
        return await db
            .Blackouts.AsNoTracking()
            .Where(b => ids.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, b => (object)b, cancellationToken);
    }
}
