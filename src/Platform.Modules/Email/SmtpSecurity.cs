namespace Platform.Modules.Email;

/// <summary>How the SMTP connection is secured (<c>Email:SmtpSecurity</c>).</summary>
public enum SmtpSecurity
{
    /// <summary>STARTTLS when the server offers it (port 465: TLS from the first byte).</summary>
    Auto,

    /// <summary>Plain text, for a relay on the same host or network.</summary>
    None,

    /// <summary>Require STARTTLS.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
