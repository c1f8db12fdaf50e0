using Platform.Api.Data;

namespace Platform.Api.GraphQL.Relay;

public static class TenantRowNodeSourceRegistration
{
    /// <summary>Registers node(id:) for <typeparamref name="TEntity"/> (its key property must be named Id).</summary>
    public static IServiceCollection AddTenantRowNodeSource<TEntity>(
        this IServiceCollection services, string typeName, Func<TEntity, Guid> idOf)
        where TEntity : class =>
        services.AddScoped<INodeSource>(provider =>
            new TenantRowNodeSource<TEntity>(provider.GetRequiredService<PlatformDbContext>(), typeName, idOf));
}
