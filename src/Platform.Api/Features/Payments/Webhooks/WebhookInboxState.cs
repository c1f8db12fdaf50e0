namespace Platform.Api.Features.Payments.Webhooks;

/// <summary>Where an inbox event stands.</summary>
public enum WebhookInboxState
{
    /// <summary>Stored, not yet processed (queued, retrying after a failure, or waiting for its object to be linked).</summary>
    Pending,

    Processed,

    /// <summary>Given up after repeated failures: a platform administrator looks at it and retries it.</summary>
    Dead,
}
