using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Organizations.GraphQL;

internal sealed class InvitationNodeSource(PlatformDbContext db) : INodeSource
{
    public string TypeName => InvitationType.TypeName;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(
        IReadOnlyCollection<Guid> ids,
        PlatformUserContext user,
        CancellationToken cancellationToken
    )
    {
        if (user.StaffRole is not (StaffRole.Owner or StaffRole.Admin))
            return new Dictionary<Guid, object>();
        return await db
            .Invitations.AsNoTracking()
            .Where(i => ids.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => (object)i, cancellationToken);
    }
}
