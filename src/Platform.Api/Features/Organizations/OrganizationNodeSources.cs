using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;
using Platform.Tenancy.EntityFramework;

namespace Platform.Api.Features.Organizations;

/// <summary>
/// node(id:) for this feature's types. Each load is restricted to what the caller may see; rows of
/// other organizations never load (tenant filter + RLS), so their ids resolve to null.
/// </summary>
internal sealed class OrganizationNodeSource(PlatformDbContext db) : INodeSource
{
    public string TypeName => OrganizationType.TypeName;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(IReadOnlyCollection<Guid> ids, PlatformUserContext user, CancellationToken cancellationToken)
    {
        // Visible: the resolved organization, and any organization the caller belongs to (own memberships pass RLS).
        var memberOf = user.UserId is { } userId
            ? await db.Memberships.IgnoreQueryFilters([TenantModelBuilderExtensions.TenantFilter]).Where(m => m.UserId == userId && ids.Contains(m.TenantId)).Select(m => m.TenantId).ToListAsync(cancellationToken)
            : [];
        var visible = ids.Where(id => id == user.Tenant?.Id || memberOf.Contains(id)).ToList();
        return await db.Tenants.AsNoTracking().Where(t => visible.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => (object)t, cancellationToken);
    }
}

internal sealed class MembershipNodeSource(PlatformDbContext db) : INodeSource
{
    public string TypeName => MembershipType.TypeName;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(IReadOnlyCollection<Guid> ids, PlatformUserContext user, CancellationToken cancellationToken)
    {
        // Staff see their organization's members; everyone sees their own memberships.
        var staff = user.StaffRole is not null;
        var rows = await db.Memberships.AsNoTracking().Where(m => ids.Contains(m.Id) && (staff || m.UserId == user.UserId)).ToListAsync(cancellationToken);
        return rows.ToDictionary(m => m.Id, m => (object)m);
    }
}

internal sealed class InvitationNodeSource(PlatformDbContext db) : INodeSource
{
    public string TypeName => InvitationType.TypeName;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(IReadOnlyCollection<Guid> ids, PlatformUserContext user, CancellationToken cancellationToken)
    {
        if (user.StaffRole is not (StaffRole.Owner or StaffRole.Admin)) return new Dictionary<Guid, object>();
        return await db.Invitations.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => (object)i, cancellationToken);
    }
}

internal sealed class UserNodeSource(PlatformDbContext db) : INodeSource
{
    public string TypeName => UserType.TypeName;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(IReadOnlyCollection<Guid> ids, PlatformUserContext user, CancellationToken cancellationToken)
    {
        // Yourself, or members of the resolved organization when you are its staff.
        var members = user.StaffRole is not null
            ? await db.Memberships.Where(m => ids.Contains(m.UserId)).Select(m => m.UserId).ToListAsync(cancellationToken)
            : [];
        var visible = ids.Where(id => id == user.UserId || members.Contains(id)).ToList();
        return await db.Users.AsNoTracking().Where(u => visible.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => (object)u, cancellationToken);
    }
}
