namespace Platform.Tenancy;

/// <summary>
/// AsyncLocal-backed current tenant. A singleton is safe: each async flow (request, job, test)
/// sees its own value, and <see cref="Change(Guid?)"/> restores the previous one on dispose.
/// </summary>
public sealed class CurrentTenant : ICurrentTenant
{
    private static readonly AsyncLocal<TenantScope?> Scope = new();
    private static readonly AsyncLocal<Guid?> User = new();

    public Guid? Id => Scope.Value?.Id;

    public Tenant? Tenant => Scope.Value?.Tenant;

    public Guid? UserId => User.Value;

    public IDisposable Change(Guid? tenantId) => Swap(tenantId is null ? null : new TenantScope(tenantId.Value, null));

    public IDisposable Change(Tenant? tenant) => Swap(tenant is null ? null : new TenantScope(tenant.Id, tenant));

    public IDisposable ChangeUser(Guid? userId)
    {
        var previous = User.Value;
        User.Value = userId;
        return new Restore(() => User.Value = previous);
    }

    private static Restore Swap(TenantScope? next)
    {
        var previous = Scope.Value;
        Scope.Value = next;
        return new Restore(() => Scope.Value = previous);
    }

    private sealed record TenantScope(Guid Id, Tenant? Tenant);

    private sealed class Restore(Action restore) : IDisposable
    {
        private Action? _restore = restore;

        public void Dispose()
        {
            _restore?.Invoke();
            _restore = null;
        }
    }
}
