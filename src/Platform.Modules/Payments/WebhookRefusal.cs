namespace Platform.Modules.Payments;

/// <summary>Why a webhook was refused.</summary>
public sealed record WebhookRefusal(string Reason);
