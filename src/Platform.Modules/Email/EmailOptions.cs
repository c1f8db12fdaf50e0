using System.ComponentModel.DataAnnotations;

namespace Platform.Modules.Email;

/// <summary>Configuration section <c>Email</c>. Secrets (SMTP password) come from environment or user secrets.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary><c>Pickup</c> (write .eml files; the default for development) or <c>Smtp</c>.</summary>
    [Required]
    [RegularExpression("^(?i:pickup|smtp)$", ErrorMessage = "{0} must be Pickup or Smtp")]
    public string Provider { get; set; } = "Pickup";

    /// <summary>The sender of every email, an address with an optional display name.</summary>
    [Required]
    public string From { get; set; } = "Platform <no-reply@platform.local>";

    /// <summary>Where the <c>Pickup</c> provider writes <c>.eml</c> files.</summary>
    [Required]
    public string PickupDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "platform-mail");

    [Required]
    public string SmtpHost { get; set; } = "localhost";

    [Range(1, 65_535)]
    public int SmtpPort { get; set; } = 25;

    /// <summary>Upgrade the SMTP connection with STARTTLS.</summary>
    public bool SmtpUseStartTls { get; set; }

    /// <summary>SMTP credentials, if the server asks for them; the password from the environment.</summary>
    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }
}
