using Microsoft.Extensions.Options;

namespace Platform.Modules.Email;

/// <summary>
/// Writes each message as an .eml file, so development and tests see exactly what would be sent
/// without an SMTP server.
/// </summary>
public sealed class PickupDirectoryEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        Directory.CreateDirectory(settings.PickupDirectory);
        var path = Path.Combine(settings.PickupDirectory, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await MimeMessageFactory.Create(settings, message).WriteToAsync(path, cancellationToken);
    }
}
