namespace Platform.Tenancy;

/// <summary>
/// Marks an entity whose rows belong to one tenant. Every such entity gets the named query filter,
/// SaveChanges stamping, and a forced row-level-security policy on its table.
/// </summary>
public interface ITenantOwned
{
    Guid TenantId { get; set; }
}
