namespace Platform.Api.Features.Notifications.Email.Templates;

/// <summary>One message's template in one language: Liquid for the subject, the HTML part and the plain-text part.</summary>
public sealed record EmailTemplate(string Subject, string Html, string Text);
