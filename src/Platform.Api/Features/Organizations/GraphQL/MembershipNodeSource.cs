using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Organizations.GraphQL;

internal sealed class MembershipNodeSource(PlatformDbContext db) : INodeSource
{
    public string TypeName => MembershipType.TypeName;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(
        IReadOnlyCollection<Guid> ids,
        PlatformUserContext user,
        CancellationToken cancellationToken
    )
    {
        // Staff see their organization's members; everyone sees their own memberships.
        var staff = user.StaffRole is not null;
        var rows = await db
            .Memberships.AsNoTracking()
            .Where(m => ids.Contains(m.Id) && (staff || m.UserId == user.UserId))
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(m => m.Id, m => (object)m);
    }
}
