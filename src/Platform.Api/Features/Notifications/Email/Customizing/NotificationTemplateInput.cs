namespace Platform.Api.Features.Notifications.Email.Customizing;

/// <summary>
/// A message's wording in one language: for <c>setNotificationTemplate</c> all three parts, for
/// <c>previewNotificationTemplate</c> any (the effective template fills the rest), for <c>resetNotificationTemplate</c> none.
/// </summary>
public sealed record NotificationTemplateInput(
    string Message, string Language, string? Subject = null, string? Html = null, string? Text = null);
