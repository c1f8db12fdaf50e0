using Platform.Api.Features.Integrations.ApiKeys;
using Platform.Api.Features.Integrations.Webhooks;
using Platform.Api.Identity;

namespace Platform.Api.Features.Integrations;

public static class IntegrationsFeature
{
    /// <summary>What integrators use: signed outgoing webhooks (endpoints, deliveries, rotation) and API keys.</summary>
    public static IHostApplicationBuilder AddIntegrationsFeature(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        // Outgoing webhooks (Webhooks/).
        services.AddOutgoingWebhooks();

        // API keys (integration clients).
        services.AddScoped<IntegrationClientService>();
        services.AddScoped<IIntegrationClientUsage, IntegrationClientUsage>();
        services.AddSingleton<RevokedClientCache>();
        return builder;
    }
}
