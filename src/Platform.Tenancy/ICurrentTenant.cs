namespace Platform.Tenancy;

/// <summary>The tenant (and user) the current logical flow acts for.</summary>
public interface ICurrentTenant
{
    /// <summary>The current tenant id, or null when no tenant is resolved.</summary>
    Guid? Id { get; }

    /// <summary>The resolved tenant, when resolution went through the registry.</summary>
    Tenant? Tenant { get; }

    /// <summary>The signed-in user, used by policies that admit a user's own rows across tenants.</summary>
    Guid? UserId { get; }

    /// <summary>Switches the tenant for the current async flow until the returned scope is disposed.</summary>
    IDisposable Change(Guid? tenantId);

    /// <summary>Switches to a resolved tenant for the current async flow until disposed.</summary>
    IDisposable Change(Tenant? tenant);

    /// <summary>Sets the user for the current async flow until disposed.</summary>
    IDisposable ChangeUser(Guid? userId);
}
