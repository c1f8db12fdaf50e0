namespace Platform.Tenancy.EntityFramework;

/// <summary>A DbContext whose tenant-owned entities are filtered by the current tenant.</summary>
public interface ITenantDbContext
{
    /// <summary>Read by the query filter on every query; null matches no rows.</summary>
    Guid? CurrentTenantId { get; }
}
