using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Platform.Modules.Email;

/// <summary>
/// Sends through an SMTP server with MailKit. A 5xx reply about a recipient or mailbox is permanent (the address
/// will not start to exist); 4xx replies, other protocol trouble, timeouts and lost connections are transient.
/// </summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort, Security(settings.EffectiveSmtpSecurity), cancellationToken);
            if (!string.IsNullOrEmpty(settings.SmtpUser))
            {
                await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", cancellationToken);
            }

            await client.SendAsync(MimeMessageFactory.Create(settings, message), cancellationToken);
            await client.DisconnectAsync(true, cancellationToken);
        }
        catch (SmtpCommandException e)
        {
            var code = (int)e.StatusCode;
            var aboutRecipient = e.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.SenderNotAccepted
                || e.StatusCode is SmtpStatusCode.MailboxUnavailable or SmtpStatusCode.MailboxNameNotAllowed
                    or SmtpStatusCode.UserNotLocalTryAlternatePath or SmtpStatusCode.ExceededStorageAllocation;
            throw new EmailDeliveryException($"SMTP {code}: {e.Message}", permanent: code >= 500 && aboutRecipient, code, e);
        }
        catch (AuthenticationException e)
        {
            // Wrong credentials are our configuration's fault: retried, so fixing the setting lets the mail go out.
            throw new EmailDeliveryException($"SMTP authentication failed: {e.Message}", permanent: false, null, e);
        }
        catch (Exception e) when (e is SmtpProtocolException or IOException or SocketException or TimeoutException
            or ServiceNotConnectedException or SslHandshakeException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new EmailDeliveryException($"SMTP: {e.Message}", permanent: false, null, e);
        }
    }

    private static SecureSocketOptions Security(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
