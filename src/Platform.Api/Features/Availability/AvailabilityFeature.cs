using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.Features.Availability.Providers;
using Platform.Api.Features.Availability.Slots;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Availability;

public static class AvailabilityFeature
{
    /// <summary>When an organization sells: providers, their weekly hours, date overrides, blackouts and the slots.</summary>
    public static IHostApplicationBuilder AddAvailabilityFeature(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ProviderService>();
        builder.Services.AddScoped<SlotService>();
        // Providers are all public.
        builder.Services.AddTenantRowNodeSource<Provider>(ProviderType.TypeName, p => p.Id);
        builder.Services.AddScoped<INodeSource, BlackoutNodeSource>();
        return builder;
    }
}
