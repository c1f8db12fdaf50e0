using Platform.Api.Features.Integrations.Webhooks;

namespace Platform.Api.Features.Integrations;

public static class IntegrationsFeature
{
    /// <summary>What integrators use: signed outgoing webhooks (endpoints, deliveries, rotation) and API keys.</summary>
    public static IHostApplicationBuilder AddIntegrationsFeature(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        // Outgoing webhooks (Webhooks/).
        services.AddOutgoingWebhooks();

        return builder;
    }
}
