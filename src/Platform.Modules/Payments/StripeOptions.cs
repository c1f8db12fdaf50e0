using System.ComponentModel.DataAnnotations;

namespace Platform.Modules.Payments;

/// <summary>
/// Configuration section <c>Stripe</c>. Every secret comes from the environment or user secrets
/// (<c>Stripe__SecretKey</c>, <c>Stripe__WebhookSecret</c>, <c>Stripe__ConnectWebhookSecret</c>), never
/// from the repository. Without a secret key, payments are off and paid bookings cannot be paid.
/// </summary>
public sealed class StripeOptions
{
    public const string Section = "Stripe";

    /// <summary>The platform account's secret key (<c>sk_test_…</c> or <c>sk_live_…</c>).</summary>
    public string? SecretKey { get; set; }

    /// <summary>Handed to web and mobile clients for Stripe Elements.</summary>
    public string? PublishableKey { get; set; }

    /// <summary>Signing secret of the platform endpoint <c>/webhooks/stripe</c>.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Signing secret of the Connect endpoint <c>/webhooks/stripe/connect</c>.</summary>
    public string? ConnectWebhookSecret { get; set; }

    /// <summary>How old a signed webhook may be before it is refused (replay protection).</summary>
    [Range(1, 86_400)]
    public int WebhookToleranceSeconds { get; set; } = 300;

    /// <summary>Another API host (tests point it at the in-repo Stripe fake); empty for Stripe itself.</summary>
    [Url]
    public string? ApiBase { get; set; }

    /// <summary>Country of new connected accounts.</summary>
    [Required]
    [RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "{0} must be a two-letter country code")]
    public string DefaultCountry { get; set; } = "US";

    /// <summary>Automatic retries of failed network calls (same idempotency key).</summary>
    [Range(0, 10)]
    public int MaxNetworkRetries { get; set; } = 2;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SecretKey);
}
