namespace Platform.Tenancy.Resolution;

/// <summary>Looks tenants up in the registry. Implemented by the host over its database.</summary>
public interface ITenantStore
{
    Task<Tenant?> FindBySlugAsync(string slug, CancellationToken cancellationToken);

    Task<Tenant?> FindByIdAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Drops any cached copy after the registry row changed.</summary>
    void Invalidate(Tenant tenant);
}
