namespace Platform.Api.Features.Notifications.Email.Customizing;

/// <summary>One message in one language as it is sent here: the organization's override, or the shipped default.</summary>
public sealed record NotificationTemplateView(
    string Message, string Language, string Subject, string Html, string Text, bool Overridden, IReadOnlyList<string> Variables);
