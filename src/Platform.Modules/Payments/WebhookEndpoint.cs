namespace Platform.Modules.Payments;

/// <summary>Which endpoint an event came through: the platform's own objects, or connected accounts'.</summary>
public enum WebhookEndpoint
{
    Platform,
    Connect,
}
