using Platform.Tenancy;

namespace Platform.Api.Features.Integrations;

/// <summary>
/// An integrator's receiver of signed webhook calls. Secrets are stored encrypted (ASP.NET data protection), never
/// in the clear; during a rotation the previous secret also signs until <see cref="PreviousSecretExpiresAt"/>.
/// </summary>
public sealed class WebhookEndpoint : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public string Url { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>The event types it wants (<c>booking.confirmed</c>…).</summary>
    public List<string> Events { get; set; } = [];

    public string EncryptedSecret { get; set; } = "";

    public string? EncryptedPreviousSecret { get; set; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; set; }

    /// <summary>False once switched off by an administrator or by failing for too long.</summary>
    public bool Enabled { get; set; } = true;

    public string? DisabledReason { get; set; }

    public int ConsecutiveFailures { get; set; }

    /// <summary>When the current run of failures began; null while it succeeds.</summary>
    public DateTimeOffset? FailingSince { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
