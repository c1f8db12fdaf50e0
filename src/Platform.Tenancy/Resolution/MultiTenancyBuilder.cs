using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Platform.Tenancy.Resolution;

/// <summary>
/// Fluent registration: <c>services.AddMultiTenancy().WithRouteStrategy().WithHeaderStrategy().WithHostStrategy(domain)</c>.
/// Strategies run in the order they were added.
/// </summary>
public sealed class MultiTenancyBuilder(IServiceCollection services)
{
    public IServiceCollection Services { get; } = services;

    public MultiTenancyBuilder WithRouteStrategy() => WithStrategy(new RoutePrefixStrategy());

    public MultiTenancyBuilder WithHeaderStrategy(string headerName = HeaderStrategy.DefaultHeader) =>
        WithStrategy(new HeaderStrategy(headerName));

    /// <summary>Adds <c>{slug}.{domain}</c> resolution; a null or empty domain adds nothing.</summary>
    public MultiTenancyBuilder WithHostStrategy(string? domain) =>
        string.IsNullOrWhiteSpace(domain) ? this : WithStrategy(new HostStrategy(domain));

    public MultiTenancyBuilder WithStrategy(ITenantResolutionStrategy strategy)
    {
        Services.AddSingleton(strategy);
        return this;
    }

    public MultiTenancyBuilder WithStore<TStore>() where TStore : class, ITenantStore
    {
        Services.TryAddScoped<ITenantStore, TStore>();
        return this;
    }
}
