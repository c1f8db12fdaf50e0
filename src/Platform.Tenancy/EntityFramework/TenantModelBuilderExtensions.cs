using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Platform.Tenancy.EntityFramework;

public static class TenantModelBuilderExtensions
{
    /// <summary>Name of the query filter on every tenant-owned entity; pass it to IgnoreQueryFilters to lift only it.</summary>
    public const string TenantFilter = "Tenant";

    /// <summary>
    /// Adds the named tenant filter <c>e.TenantId == context.CurrentTenantId</c> to every entity that
    /// implements <see cref="ITenantOwned"/>. The context instance is referenced (not its value) so EF
    /// parameterizes it and reads the current tenant at query time.
    /// </summary>
    public static ModelBuilder ApplyTenantQueryFilters<TContext>(this ModelBuilder modelBuilder, TContext context)
        where TContext : DbContext, ITenantDbContext
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            if (!typeof(ITenantOwned).IsAssignableFrom(entityType.ClrType) || entityType.BaseType is not null) continue;

            var entity = Expression.Parameter(entityType.ClrType, "e");
            var tenantId = Expression.Convert(Expression.Property(entity, nameof(ITenantOwned.TenantId)), typeof(Guid?));
            var current = Expression.Property(Expression.Constant(context, typeof(TContext)), nameof(ITenantDbContext.CurrentTenantId));
            var filter = Expression.Lambda(Expression.Equal(tenantId, current), entity);
            modelBuilder.Entity(entityType.ClrType).HasQueryFilter(TenantFilter, filter);
        }

        return modelBuilder;
    }
}
