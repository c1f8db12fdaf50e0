using Platform.Api.Features.Pricing.GraphQL;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Pricing;

public static class PricingFeature
{
    /// <summary>For how much an organization sells: price rules and quotes.</summary>
    public static IHostApplicationBuilder AddPricingFeature(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<PricingService>();
        // Prices as the offerings list shows them (those of archived offerings: staff only).
        builder.Services.AddScoped<INodeSource, PriceRuleNodeSource>();
        return builder;
    }
}
