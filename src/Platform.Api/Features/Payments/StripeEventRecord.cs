using Platform.Modules.Payments;

namespace Platform.Api.Features.Payments;

/// <summary>
/// Global (no RLS): every accepted webhook, once, by Stripe's event id. Stored before it is acted on,
/// processed by a job with retries; unknown types are kept and ignored.
/// </summary>
public sealed class StripeEventRecord
{
    public string EventId { get; set; } = "";

    public string Type { get; set; } = "";

    public WebhookEndpoint Endpoint { get; set; }

    public string? AccountId { get; set; }

    public string? ObjectId { get; set; }

    public DateTimeOffset StripeCreated { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public string Payload { get; set; } = "";

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>The last processing failure: exception type and message, never a payload or a secret.</summary>
    public string? LastError { get; set; }

    /// <summary>The organization the event was routed to, once known.</summary>
    public Guid? OrganizationId { get; set; }

    /// <summary>What processing made of it: applied, ignored (and why), unrouted.</summary>
    public string? Outcome { get; set; }

    /// <summary>One processor at a time: a claim that lapses, so a crashed worker's event is taken up again.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>When the sweeper should try it next (set on every failure; the sweeper finds what a crash left behind).</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>Given up after repeated failures (dead letter), for a platform administrator to look at and retry.</summary>
    public DateTimeOffset? DeadAt { get; set; }
}
