namespace Platform.Modules.Email;

/// <summary>Sends one transactional email. Implementations: SMTP (MailKit) and a pickup directory for development.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
