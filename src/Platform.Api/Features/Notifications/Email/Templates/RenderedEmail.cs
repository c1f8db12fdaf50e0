namespace Platform.Api.Features.Notifications.Email.Templates;

/// <summary>A template rendered for one recipient: what goes into the email.</summary>
public sealed record RenderedEmail(string Subject, string Html, string Text);
