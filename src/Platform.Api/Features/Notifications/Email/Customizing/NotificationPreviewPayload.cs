using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Notifications.Email.Customizing;

/// <summary>A template rendered with sample data; null parts when it was refused.</summary>
public sealed record NotificationPreviewPayload(string? Subject, string? Html, string? Text) : Payload;
