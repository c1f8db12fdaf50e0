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
        var name = $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}";
        var partial = Path.Combine(settings.PickupDirectory, name + ".partial");
        await MimeMessageFactory.Create(settings, message).WriteToAsync(partial, cancellationToken);
        // A reader of the directory must never see half a message: the .eml appears whole, by rename.
        File.Move(partial, Path.Combine(settings.PickupDirectory, name + ".eml"));
    }
}
