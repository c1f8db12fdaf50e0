namespace Platform.Modules.Email;

/// <summary>Sends one transactional email. Implementations: SMTP (MailKit) and a pickup directory for development.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>A plain-text email with an optional HTML alternative.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string? HtmlBody = null);
