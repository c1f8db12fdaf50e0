namespace Platform.Modules.Email;

/// <summary>A plain-text email with an optional HTML alternative.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string? HtmlBody = null);
