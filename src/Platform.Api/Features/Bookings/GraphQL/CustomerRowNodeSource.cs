using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Bookings.Queries;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Bookings.GraphQL;

/// <summary>node(id:) for carts, series and waitlist entries: their customer's, and staff's.</summary>
internal sealed class CustomerRowNodeSource<TEntity>(
    PlatformDbContext db,
    string typeName,
    Func<TEntity, Guid> idOf,
    Func<TEntity, Guid?> customerOf
) : INodeSource
    where TEntity : class
{
    public string TypeName => typeName;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(
        IReadOnlyCollection<Guid> ids,
        PlatformUserContext user,
        CancellationToken cancellationToken
    )
    {
        if (user.Tenant is null || user.TokenTenantMismatch)
            return new Dictionary<Guid, object>();
        var rows = await db.Set<TEntity>()
            .AsNoTracking()
            .Where(e => ids.Contains(EF.Property<Guid>(e, "Id")))
            .ToListAsync(cancellationToken);
        return rows.Where(r => BookingAccess.SeesAll(user) || (user.UserId is { } me && customerOf(r) == me))
            .ToDictionary(idOf, r => (object)r);
    }
}
