using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Offerings.GraphQL;

/// <summary>
/// node(id:) for offerings, with the rule of the <c>offerings</c> list: on sale for everyone, archived
/// ones for staff only. An archived offering stays readable through the bookings that name it.
/// </summary>
internal sealed class OfferingNodeSource(PlatformDbContext db) : INodeSource
{
    public string TypeName => OfferingType.TypeName;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(IReadOnlyCollection<Guid> ids, PlatformUserContext user,
        CancellationToken cancellationToken)
    {
        var staff = user.StaffRole is not null;
        return await db.Offerings.AsNoTracking().Where(o => ids.Contains(o.Id) && (staff || o.Status == OfferingStatus.Active))
            .ToDictionaryAsync(o => o.Id, o => (object)o, cancellationToken);
    }
}
