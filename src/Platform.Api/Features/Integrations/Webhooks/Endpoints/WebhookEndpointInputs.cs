namespace Platform.Api.Features.Integrations.Webhooks.Endpoints;

// The inputs of the endpoint mutations (ids are global ids).

public sealed record CreateWebhookEndpointInput(string Url, IReadOnlyList<string> Events, string? Description);

/// <summary>Null fields stay as they are.</summary>
public sealed record UpdateWebhookEndpointInput(string Id, string? Url, IReadOnlyList<string>? Events, string? Description, bool? Enabled);

public sealed record RotateWebhookSecretInput(string Id, int? GraceHours);

public sealed record DeleteWebhookEndpointInput(string Id);
