using Platform.Api.Features.Offerings.Editing;
using Platform.Api.Features.Offerings.GraphQL;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Offerings;

public static class OfferingsFeature
{
    /// <summary>What an organization sells: its offerings, with their providers and cancellation terms.</summary>
    public static IHostApplicationBuilder AddOfferingsFeature(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<OfferingService>();
        // Offerings as the offerings list shows them (archived: staff only).
        builder.Services.AddScoped<INodeSource, OfferingNodeSource>();
        return builder;
    }
}
