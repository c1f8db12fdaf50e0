using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.GraphQL.DataLoaders;
using Platform.Api.Identity;
using Platform.Tenancy;

namespace Platform.Api.Features.Organizations.GraphQL;

/// <summary>Batch loaders for the organization feature's relations: one query per relation per request level.</summary>
internal static class OrganizationLoaders
{
    public static BatchLoader<Guid, User> UsersById(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, User>("users-by-id", async (ids, ct) =>
            await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct));

    public static BatchLoader<Guid, Tenant> TenantsById(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, Tenant>("tenants-by-id", async (ids, ct) =>
            await db.Tenants.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct));

    /// <summary>Customer roles of the current tenant, keyed by tenant (RLS returns no other tenant's rows).</summary>
    public static BatchLoader<Guid, List<CustomerRole>> CustomerRolesByTenant(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, List<CustomerRole>>("customer-roles-by-tenant", async (ids, ct) =>
        {
            var roles = await db.CustomerRoles.AsNoTracking().Where(r => ids.Contains(r.TenantId)).OrderBy(r => r.Key).ToListAsync(ct);
            return ids.ToDictionary(id => id, id => roles.Where(r => r.TenantId == id).ToList());
        });

    /// <summary>The signed-in user's memberships in every organization (their own rows, admitted by the RLS policy).</summary>
    public static BatchLoader<Guid, List<Membership>> MembershipsByUser(this DataLoaderContext loaders, PlatformDbContext db) =>
        loaders.GetOrAdd<Guid, List<Membership>>("memberships-by-user", async (ids, ct) =>
        {
            var rows = await db.Memberships.IgnoreQueryFilters([Tenancy.EntityFramework.TenantModelBuilderExtensions.TenantFilter])
                .AsNoTracking().Where(m => ids.Contains(m.UserId)).OrderBy(m => m.CreatedAt).ToListAsync(ct);
            return ids.ToDictionary(id => id, id => rows.Where(m => m.UserId == id).ToList());
        });
}
