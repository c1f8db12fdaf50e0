using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Integrations.Webhooks.Deliveries;
using Platform.Api.Features.Integrations.Webhooks.Endpoints;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Integrations.GraphQL;

/// <summary>Outgoing webhooks' root fields, all for administrators (owners and admins).</summary>
public static class WebhookSchema
{
    public static void AddWebhookQueries(this ObjectGraphType query)
    {
        query
            .Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookEndpointType>>>>("webhookEndpoints")
            .Description("The organization's webhook endpoints, oldest first. Administrators.")
            .RequireAdministrator()
            .ResolveAsync(async c => await c.Service<WebhookEndpointAdministration>().ListAsync(c.CancellationToken));

        query
            .Connection<WebhookDeliveryType>("webhookDeliveries")
            .Description("An endpoint's deliveries, newest first. Administrators. NOT_FOUND for an id not of this organization.")
            .Argument<NonNullGraphType<IdGraphType>>("endpointId")
            .RequireAdministrator()
            .PageSize(20)
            .MaxPageSize(WebhookDeliveryLog.MaxPageSize)
            .ResolveAsync(async c =>
                await c.Service<WebhookDeliveryLog>().PageAsync(c.GetArgument<string>("endpointId"), c.First, c.After, c.CancellationToken)
                ?? throw new ExecutionError("No such webhook endpoint in this organization.") { Code = "NOT_FOUND" });
    }

    public static void AddWebhookMutations(this ObjectGraphType mutation)
    {
        mutation
            .Field<NonNullGraphType<WebhookEndpointPayloadType>>("createWebhookEndpoint")
            .Description("Adds an endpoint; the payload's secret is shown this once. Administrators.")
            .Argument<NonNullGraphType<CreateWebhookEndpointInputType>>("input")
            .RequireAdministrator()
            .ResolveAsync(async c => await c.Service<WebhookEndpointAdministration>()
                .CreateAsync(c.GetArgument<CreateWebhookEndpointInput>("input"), c.CancellationToken));

        mutation
            .Field<NonNullGraphType<WebhookEndpointPayloadType>>("updateWebhookEndpoint")
            .Description("Changes an endpoint's URL, events, description, or switches it on or off. Administrators.")
            .Argument<NonNullGraphType<UpdateWebhookEndpointInputType>>("input")
            .RequireAdministrator()
            .ResolveAsync(async c => await c.Service<WebhookEndpointAdministration>()
                .UpdateAsync(c.GetArgument<UpdateWebhookEndpointInput>("input"), c.CancellationToken));

        mutation
            .Field<NonNullGraphType<WebhookEndpointPayloadType>>("rotateWebhookSecret")
            .Description("A new signing secret, shown this once; the old one keeps signing (a second v1) until the grace ends. "
                + "Administrators.")
            .Argument<NonNullGraphType<RotateWebhookSecretInputType>>("input")
            .RequireAdministrator()
            .ResolveAsync(async c => await c.Service<WebhookEndpointAdministration>()
                .RotateAsync(c.GetArgument<RotateWebhookSecretInput>("input"), c.CancellationToken));

        mutation
            .Field<NonNullGraphType<DeleteWebhookEndpointPayloadType>>("deleteWebhookEndpoint")
            .Description("Deletes an endpoint; its pending deliveries are cancelled. Administrators.")
            .Argument<NonNullGraphType<DeleteWebhookEndpointInputType>>("input")
            .RequireAdministrator()
            .ResolveAsync(async c => await c.Service<WebhookEndpointAdministration>()
                .DeleteAsync(c.GetArgument<DeleteWebhookEndpointInput>("input"), c.CancellationToken));

        mutation
            .Field<NonNullGraphType<RedeliverWebhookPayloadType>>("redeliverWebhook")
            .Description("Sends a delivery's body again as a new delivery, with the same Platform-Webhook-Id. Administrators.")
            .Argument<NonNullGraphType<RedeliverWebhookInputType>>("input")
            .RequireAdministrator()
            .ResolveAsync(async c => await c.Service<WebhookDeliveryLog>()
                .RedeliverAsync(c.GetArgument<RedeliverWebhookInput>("input"), c.CancellationToken));

        mutation
            .Field<NonNullGraphType<SendTestWebhookPayloadType>>("sendTestWebhook")
            .Description("Sends a webhook.test event to one endpoint (whatever it subscribed to). Administrators.")
            .Argument<NonNullGraphType<SendTestWebhookInputType>>("input")
            .RequireAdministrator()
            .ResolveAsync(async c => await c.Service<WebhookDeliveryLog>()
                .SendTestAsync(c.GetArgument<SendTestWebhookInput>("input"), c.CancellationToken));
    }
}
