using System.ComponentModel.DataAnnotations;

namespace Platform.Modules.Email;

/// <summary>Configuration section <c>Email</c>. Secrets (SMTP password, SendGrid key) come from environment or user secrets.</summary>
public sealed class EmailOptions : IValidatableObject
{
    public const string Section = "Email";

    /// <summary><c>Pickup</c> (write .eml files; the default for development), <c>Smtp</c> or <c>SendGrid</c>.</summary>
    [Required]
    [RegularExpression("^(?i:pickup|smtp|sendgrid)$", ErrorMessage = "{0} must be Pickup, Smtp or SendGrid")]
    public string Provider { get; set; } = "Pickup";

    /// <summary>The sender of every email, an address with an optional display name (emails about an organization use its name).</summary>
    [Required]
    public string From { get; set; } = "Platform <no-reply@platform.local>";

    /// <summary>Where the <c>Pickup</c> provider writes <c>.eml</c> files.</summary>
    [Required]
    public string PickupDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "platform-mail");

    [Required]
    public string SmtpHost { get; set; } = "localhost";

    [Range(1, 65_535)]
    public int SmtpPort { get; set; } = 25;

    /// <summary>How the connection is secured; <see cref="SmtpUseStartTls"/> true means <see cref="SmtpSecurity.StartTls"/>.</summary>
    public SmtpSecurity SmtpSecurity { get; set; } = SmtpSecurity.Auto;

    /// <summary>Upgrade the SMTP connection with STARTTLS (the older spelling of <c>SmtpSecurity=StartTls</c>).</summary>
    public bool SmtpUseStartTls { get; set; }

    /// <summary>SMTP credentials, if the server asks for them; the password from the environment.</summary>
    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>How long one SMTP conversation or SendGrid call may take before it counts as a transient failure.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>The SendGrid API key (required with <c>Provider=SendGrid</c>); from the environment.</summary>
    public string? SendGridApiKey { get; set; }

    /// <summary>The SendGrid API address; tests point it at a local fake.</summary>
    [Url]
    public string SendGridBaseUrl { get; set; } = "https://api.sendgrid.com";

    /// <summary>The security actually used: the old boolean still works.</summary>
    public SmtpSecurity EffectiveSmtpSecurity =>
        SmtpUseStartTls && SmtpSecurity == SmtpSecurity.Auto ? SmtpSecurity.StartTls : SmtpSecurity;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.Equals(Provider, "SendGrid", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(SendGridApiKey))
            yield return new ValidationResult("SendGridApiKey is required when Provider is SendGrid", [nameof(SendGridApiKey)]);
    }
}
