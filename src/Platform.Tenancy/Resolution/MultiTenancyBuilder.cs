using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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

    /// <summary>
    /// Adds <c>{slug}.{domain}</c> resolution for <see cref="TenancyOptions.HostDomain"/>, read when the strategies
    /// are first needed (settings are validated at start, never read while registering); none when it is empty.
    /// </summary>
    public MultiTenancyBuilder WithHostStrategyFromOptions()
    {
        Services.AddSingleton<ITenantResolutionStrategy>(services =>
            services.GetRequiredService<IOptions<TenancyOptions>>().Value.HostDomain is { } domain && !string.IsNullOrWhiteSpace(domain)
                ? new HostStrategy(domain)
                : NoStrategy.Instance);
        return this;
    }

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

/// <summary>A strategy that never resolves: stands in for one that is configured off.</summary>
internal sealed class NoStrategy : ITenantResolutionStrategy
{
    public static readonly NoStrategy Instance = new();

    public string? GetIdentifier(Microsoft.AspNetCore.Http.HttpContext context) => null;
}
