using System.Text;
using MimeKit;

namespace Platform.Modules.Email;

/// <summary>
/// The MIME shape every provider but SendGrid sends: text and HTML as alternatives, and with an invite
/// <c>multipart/mixed</c> of (text, HTML, <c>text/calendar; method=…</c>) plus the same calendar as <c>invite.ics</c>,
/// the layout Outlook, Gmail and Apple Mail all recognise as an invitation.
/// </summary>
internal static class MimeMessageFactory
{
    public static MimeMessage Create(EmailOptions options, EmailMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(Sender(options, message));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        if (message.MessageId is { } id) mime.MessageId = id.Trim('<', '>');
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        mime.Body = message.Invite is { } invite ? WithInvite(message, invite) : body;
        return mime;
    }

    /// <summary>The configured address, under the organization's name when the message gives one.</summary>
    public static MailboxAddress Sender(EmailOptions options, EmailMessage message)
    {
        var from = MailboxAddress.Parse(options.From);
        return string.IsNullOrWhiteSpace(message.FromName) ? from : new MailboxAddress(message.FromName, from.Address);
    }

    private static Multipart WithInvite(EmailMessage message, CalendarInvite invite)
    {
        var alternative = new MultipartAlternative { new TextPart("plain") { Text = message.TextBody } };
        if (message.HtmlBody is not null) alternative.Add(new TextPart("html") { Text = message.HtmlBody });
        var calendar = new TextPart("calendar") { Text = invite.Ics };
        calendar.ContentType.Parameters.Add("method", invite.Method);
        calendar.ContentType.Charset = "utf-8";
        alternative.Add(calendar);

        var attachment = new MimePart("application", "ics")
        {
            Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(invite.Ics))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = "invite.ics",
        };
        return new Multipart("mixed") { alternative, attachment };
    }
}
