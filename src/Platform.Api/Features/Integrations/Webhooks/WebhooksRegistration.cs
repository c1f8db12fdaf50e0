using Platform.Api.Features.Integrations.Webhooks.Deliveries;
using Platform.Api.Features.Integrations.Webhooks.Dispatch;
using Platform.Api.Features.Integrations.Webhooks.Endpoints;
using Platform.Api.Features.Notifications.Dispatch;
using Platform.Modules;

namespace Platform.Api.Features.Integrations.Webhooks;

public static class WebhooksRegistration
{
    /// <summary>Outgoing webhooks: settings, endpoint administration, the planner and sender the dispatcher uses.</summary>
    public static IServiceCollection AddOutgoingWebhooks(this IServiceCollection services)
    {
        services.AddValidatedOptions<WebhooksOptions>(WebhooksOptions.Section);
        services.AddSingleton<WebhookSecretProtector>();
        services.AddScoped<WebhookUrlGuard>();
        services.AddScoped<WebhookEndpointAdministration>();
        services.AddScoped<WebhookDeliveryLog>();
        services.AddScoped<WebhookPayloads>();
        services.AddScoped<WebhookEndpointHealth>();
        services.AddScoped<IDeliveryPlanner, WebhookPlanner>();
        services.AddScoped<IDeliverySender, WebhookSender>();
        services.AddWebhookHttpClient();
        return services;
    }
}
