namespace Platform.Modules.Email;

/// <summary>Configuration section <c>Email</c>. Secrets (SMTP password) come from environment or user secrets.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary><c>Pickup</c> (write .eml files; the default for development) or <c>Smtp</c>.</summary>
    public string Provider { get; set; } = "Pickup";

    public string From { get; set; } = "Platform <no-reply@platform.local>";

    public string PickupDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "platform-mail");

    public string SmtpHost { get; set; } = "localhost";

    public int SmtpPort { get; set; } = 25;

    public bool SmtpUseStartTls { get; set; }

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }
}
