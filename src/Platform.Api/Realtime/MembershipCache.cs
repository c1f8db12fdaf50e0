using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Organizations;
using Platform.Tenancy;

namespace Platform.Api.Realtime;

/// <summary>What a membership grants, as read from the database.</summary>
public sealed record MembershipGrant(Guid MembershipId, StaffRole? StaffRole);

/// <summary>
/// Memberships as of now, for re-checking subscribers on every event without a query per
/// subscriber: an entry is loaded once and dropped when the membership-changed trigger fires for
/// it (or when the listener reconnects, since such events may have been missed).
/// </summary>
public sealed class MembershipCache(IServiceScopeFactory scopes, ICurrentTenant currentTenant) : ISharedCache
{
    private const int MaxEntries = 100_000;
    private readonly ConcurrentDictionary<(Guid Tenant, Guid User), Lazy<Task<MembershipGrant?>>> _entries = new();

    public Task<MembershipGrant?> GetAsync(Guid tenantId, Guid userId)
    {
        if (_entries.Count > MaxEntries) _entries.Clear();
        return _entries.GetOrAdd((tenantId, userId), key => new Lazy<Task<MembershipGrant?>>(() => LoadAsync(key.Tenant, key.User))).Value;
    }

    public void Invalidate(Guid tenantId, Guid userId) => _entries.TryRemove((tenantId, userId), out _);

    public void Clear() => _entries.Clear();

    public void Evict(RealtimeEvent change)
    {
        if (change is MembershipChanged membership) Invalidate(membership.TenantId, membership.UserId);
    }

    private async Task<MembershipGrant?> LoadAsync(Guid tenantId, Guid userId)
    {
        try
        {
            using var tenant = currentTenant.Change(tenantId);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            return await db.Memberships.AsNoTracking().Where(m => m.UserId == userId)
                .Select(m => new MembershipGrant(m.Id, m.StaffRole)).SingleOrDefaultAsync();
        }
        catch
        {
            // A failed read must not stay cached as the answer.
            Invalidate(tenantId, userId);
            throw;
        }
    }
}
