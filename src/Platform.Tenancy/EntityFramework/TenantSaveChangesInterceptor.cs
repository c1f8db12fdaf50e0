using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.Tenancy.EntityFramework;

/// <summary>
/// Stamps new tenant-owned rows with the current tenant and refuses any write that touches another
/// tenant's row. The database's WITH CHECK policy is the second line; this one fails earlier and
/// with a clearer message.
/// </summary>
public sealed class TenantSaveChangesInterceptor(ICurrentTenant currentTenant) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Apply(DbContext? context)
    {
        if (context is null) return;
        // A SaveChanges of one statement would otherwise run as autocommit, where the tenant settings would have to
        // ride in its batch; EF counts that batch's rows statement by statement, so it runs in a transaction instead
        // (TenantSettingsInterceptor sends the settings first).
        context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        foreach (var entry in context.ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;

            var current = currentTenant.Id
                ?? throw new CrossTenantWriteException($"Cannot write {entry.Metadata.ClrType.Name} without a current tenant.");

            if (entry.State == EntityState.Added && entry.Entity.TenantId == Guid.Empty)
            {
                entry.Entity.TenantId = current;
                continue;
            }

            var original = entry.State == EntityState.Added
                ? entry.Entity.TenantId
                : entry.Property(e => e.TenantId).OriginalValue;
            if (original != current || entry.Entity.TenantId != current)
            {
                throw new CrossTenantWriteException($"Refused to write {entry.Metadata.ClrType.Name} of another tenant.");
            }
        }
    }
}
