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
        // Offerings and their prices as the offerings list shows them (archived: staff only); providers are all public.
        services.AddScoped<INodeSource, OfferingNodeSource>();
        services.AddTenantRowNodeSource<Provider>(ProviderType.TypeName, p => p.Id);
        services.AddScoped<INodeSource, PriceRuleNodeSource>();
        services.AddScoped<INodeSource, BlackoutNodeSource>();
        return services;
    }
}
