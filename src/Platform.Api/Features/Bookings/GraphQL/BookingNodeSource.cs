using Microsoft.EntityFrameworkCore;
using Platform.Api.Features.Bookings.GraphQL.Types;
using Platform.Api.Features.Bookings.Queries;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Bookings.GraphQL;

/// <summary>node(id:) for bookings: exactly what <see cref="BookingAccess"/> lets the caller see.</summary>
internal sealed class BookingNodeSource(BookingAccess access) : INodeSource
{
    public string TypeName => BookingType.TypeName;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(
        IReadOnlyCollection<Guid> ids,
        PlatformUserContext user,
        CancellationToken cancellationToken
    ) =>
        await (await access.VisibleAsync(user, cancellationToken))
            .Where(b => ids.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, b => (object)b, cancellationToken);
}
