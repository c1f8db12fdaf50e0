using System.ComponentModel.DataAnnotations;

namespace Platform.Api.Features.Integrations.Webhooks;

/// <summary>Configuration section <c>Webhooks</c>: outgoing webhooks to integrators' endpoints.</summary>
public sealed class WebhooksOptions
{
    public const string Section = "Webhooks";

    /// <summary>
    /// Lets endpoints on loopback addresses (and plain http) through the SSRF rule: for development and tests only.
    /// Private, link-local and other non-public addresses stay refused.
    /// </summary>
    public bool AllowLoopback { get; set; }

    /// <summary>How long one call may take (connect, send, response headers) before it counts as failed.</summary>
    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>An endpoint failing (no success) for this long is disabled and the administrators are told.</summary>
    [Range(1, 8760)]
    public int DisableAfterHours { get; set; } = 72;

    /// <summary>An endpoint failing this many calls in a row is disabled, however short the time.</summary>
    [Range(1, 1_000_000)]
    public int DisableAfterConsecutiveFailures { get; set; } = 100;

    /// <summary>How long a rotated-out secret keeps signing, unless rotateWebhookSecret says otherwise.</summary>
    [Range(0, 720)]
    public int RotationGraceHours { get; set; } = 24;

    /// <summary>Endpoints one organization may have.</summary>
    [Range(1, 1000)]
    public int MaxEndpointsPerOrganization { get; set; } = 20;
}
