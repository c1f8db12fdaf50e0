using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Integrations.Webhooks.Endpoints;

// The results of the endpoint mutations.

/// <summary><paramref name="Secret"/> only from create and rotate: shown once, never again.</summary>
public sealed record WebhookEndpointPayload(WebhookEndpoint? Endpoint, string? Secret = null) : Payload;

public sealed record DeleteWebhookEndpointPayload(string? DeletedEndpointId, int CancelledDeliveries = 0) : Payload;
