namespace Platform.Api.Features.Integrations.Domain;

/// <summary>
/// The id a webhook event carries (<c>id</c> in the body, the <c>Platform-Webhook-Id</c> header): <c>evt_</c> and the
/// outbox event's id, so every delivery, retry and redelivery of one event says the same.
/// </summary>
public static class WebhookEventIds
{
    public const string Header = "Platform-Webhook-Id";

    public const string ApiVersion = "2026-12-01";

    public static string Of(Guid outboxEventId) => "evt_" + outboxEventId.ToString("N");
}
