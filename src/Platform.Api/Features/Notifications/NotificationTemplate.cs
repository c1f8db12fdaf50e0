using Platform.Tenancy;

namespace Platform.Api.Features.Notifications;

/// <summary>An organization's own wording of one message in one language; the shipped default applies otherwise.</summary>
public sealed class NotificationTemplate : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    /// <summary>The message key, e.g. <c>booking_confirmed</c>.</summary>
    public string Message { get; set; } = "";

    /// <summary>en or de.</summary>
    public string Language { get; set; } = "en";

    /// <summary>Liquid (Fluid) templates for the subject, the HTML part and the plain-text part.</summary>
    public string Subject { get; set; } = "";

    public string Html { get; set; } = "";

    public string Text { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }
}
