using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Organizations.GraphQL;

internal sealed class UserNodeSource(PlatformDbContext db) : INodeSource
{
    public string TypeName => UserType.TypeName;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(
        IReadOnlyCollection<Guid> ids,
        PlatformUserContext user,
        CancellationToken cancellationToken
    )
    {
        // Yourself, or members of the resolved organization when you are its staff.
        var members = user.StaffRole is not null
            ? await db.Memberships.Where(m => ids.Contains(m.UserId)).Select(m => m.UserId).ToListAsync(cancellationToken)
            : [];
        var visible = ids.Where(id => id == user.UserId || members.Contains(id)).ToList();
        return await db
            .Users.AsNoTracking()
            .Where(u => visible.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => (object)u, cancellationToken);
    }
}
