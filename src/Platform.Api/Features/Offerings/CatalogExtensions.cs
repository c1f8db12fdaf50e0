using Platform.Api.Features.Availability;
using Platform.Api.Features.Pricing;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Offerings;

public static class CatalogExtensions
{
    /// <summary>Offerings, availability and pricing: what an organization sells, when, and for how much.</summary>
    public static IServiceCollection AddCatalogFeature(this IServiceCollection services)
    {
        services.AddScoped<OfferingService>();
        services.AddScoped<ProviderService>();
        services.AddScoped<SlotService>();
        services.AddScoped<PricingService>();
        services.AddTenantRowNodeSource<Offering>(OfferingType.TypeName, o => o.Id);
        services.AddTenantRowNodeSource<Provider>(ProviderType.TypeName, p => p.Id);
        services.AddTenantRowNodeSource<PriceRule>(PriceRuleType.TypeName, r => r.Id);
        services.AddScoped<INodeSource, BlackoutNodeSource>();
        return services;
    }
}
