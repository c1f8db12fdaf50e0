namespace Platform.Modules.Email;

/// <summary>
/// A transactional email: plain text with an optional HTML alternative and an optional calendar invite.
/// <see cref="MessageId"/> (e.g. <c>&lt;{deliveryId}@platform&gt;</c>) stays the same across retries, so a mail
/// server or client that saw a message once recognises it again; <see cref="FromName"/> replaces the display name
/// of <see cref="EmailOptions.From"/> (the organization's name) while the address stays the configured one.
/// </summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string? HtmlBody = null)
{
    public CalendarInvite? Invite { get; init; }

    public string? MessageId { get; init; }

    public string? FromName { get; init; }
}
