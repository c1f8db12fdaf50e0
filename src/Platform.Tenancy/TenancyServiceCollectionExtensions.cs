using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Tenancy.Resolution;

namespace Platform.Tenancy;

public static class TenancyServiceCollectionExtensions
{
    /// <summary>Registers the current-tenant context and returns a builder for resolution strategies.</summary>
    public static MultiTenancyBuilder AddMultiTenancy(this IServiceCollection services)
    {
        services.TryAddSingleton<ICurrentTenant, CurrentTenant>();
        return new MultiTenancyBuilder(services);
    }

    /// <summary>Resolves the tenant for each request; place it before routing so the route prefix is stripped first.</summary>
    public static IApplicationBuilder UseMultiTenancy(this IApplicationBuilder app) =>
        app.UseMiddleware<TenantResolutionMiddleware>();
}
