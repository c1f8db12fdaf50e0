using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Bookings;

/// <summary>node(id:) for bookings: exactly what <see cref="BookingAccess"/> lets the caller see.</summary>
internal sealed class BookingNodeSource(BookingAccess access) : INodeSource
{
    public string TypeName => BookingType.TypeName;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(IReadOnlyCollection<Guid> ids, PlatformUserContext user, CancellationToken cancellationToken) =>
        await (await access.VisibleAsync(user, cancellationToken)).Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => (object)b, cancellationToken);
}

/// <summary>node(id:) for carts, series and waitlist entries: their customer's, and staff's.</summary>
internal sealed class CustomerRowNodeSource<TEntity>(PlatformDbContext db, string typeName, Func<TEntity, Guid> idOf, Func<TEntity, Guid?> customerOf) : INodeSource
    where TEntity : class
{
    public string TypeName => typeName;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(IReadOnlyCollection<Guid> ids, PlatformUserContext user, CancellationToken cancellationToken)
    {
        if (user.Tenant is null || user.TokenTenantMismatch) return new Dictionary<Guid, object>();
        var rows = await db.Set<TEntity>().AsNoTracking().Where(e => ids.Contains(EF.Property<Guid>(e, "Id"))).ToListAsync(cancellationToken);
        return rows.Where(r => BookingAccess.SeesAll(user) || (user.UserId is { } me && customerOf(r) == me)).ToDictionary(idOf, r => (object)r);
    }
}
