using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Platform.Modules.Email;

/// <summary>
/// Sends through SendGrid's v3 mail API with the SendGrid package. 400, 403 and 413 are permanent (the request,
/// the sender or the size will not change by waiting); 429, 5xx, timeouts and lost connections are transient.
/// The invite travels as the <c>invite.ics</c> attachment of type <c>text/calendar; method=…</c>.
/// </summary>
public sealed class SendGridEmailSender(IOptions<EmailOptions> options, IHttpClientFactory http) : IEmailSender
{
    public const string HttpClientName = "SendGrid";

    private static readonly HashSet<HttpStatusCode> PermanentStatuses =
        [HttpStatusCode.BadRequest, HttpStatusCode.Forbidden, HttpStatusCode.RequestEntityTooLarge];

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var httpClient = http.CreateClient(HttpClientName);
        httpClient.Timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds);
        var client = new SendGridClient(httpClient, new SendGridClientOptions
        {
            ApiKey = settings.SendGridApiKey,
            Host = settings.SendGridBaseUrl.TrimEnd('/'),
        });
        Response response;
        try
        {
            response = await client.SendEmailAsync(Build(settings, message), cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new EmailDeliveryException($"SendGrid: {e.Message}", permanent: false, null, e);
        }

        if (response.IsSuccessStatusCode) return;
        var body = await response.Body.ReadAsStringAsync(cancellationToken);
        var status = (int)response.StatusCode;
        throw new EmailDeliveryException(
            $"SendGrid {status}: {(body.Length > 500 ? body[..500] : body)}", PermanentStatuses.Contains(response.StatusCode), status)
        {
            RetryAfter = response.Headers.RetryAfter?.Delta,
        };
    }

    internal static SendGridMessage Build(EmailOptions settings, EmailMessage message)
    {
        var from = MimeMessageFactory.Sender(settings, message);
        var mail = new SendGridMessage
        {
            From = new EmailAddress(from.Address, string.IsNullOrEmpty(from.Name) ? null : from.Name),
            Subject = message.Subject,
            PlainTextContent = message.TextBody,
            HtmlContent = message.HtmlBody,
        };
        mail.AddTo(new EmailAddress(message.To));
        // SendGrid makes its own Message-ID; ours rides along so its events can be matched to the delivery.
        if (message.MessageId is { } id) mail.AddCustomArg("message_id", id.Trim('<', '>'));
        if (message.Invite is { } invite)
        {
            mail.AddAttachment(
                "invite.ics",
                Convert.ToBase64String(Encoding.UTF8.GetBytes(invite.Ics)),
                $"text/calendar; method={invite.Method}",
                "attachment");
        }

        return mail;
    }
}
