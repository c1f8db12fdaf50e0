using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.GraphQL.Relay;

/// <summary>
/// node(id:) for a tenant-owned entity that anyone at its organization may see: the tenant filter and
/// RLS already hide other organizations' rows, so loading by id is the whole rule.
/// </summary>
public sealed class TenantRowNodeSource<TEntity>(PlatformDbContext db, string typeName, Func<TEntity, Guid> idOf) : INodeSource
    where TEntity : class
{
    public string TypeName => typeName;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(
        IReadOnlyCollection<Guid> ids, PlatformUserContext user, CancellationToken cancellationToken) =>
        await db.Set<TEntity>()
            .AsNoTracking()
            .Where(e => ids.Contains(EF.Property<Guid>(e, "Id")))
            .ToDictionaryAsync(idOf, e => (object)e, cancellationToken);
}
