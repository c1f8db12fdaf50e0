namespace Platform.Api.Features.Notifications;

public enum DeliveryChannel
{
    Email,
    Webhook,

    /// <summary>A booking written to (or removed from) a provider's connected calendar; the recipient is the connection.</summary>
    Calendar,

    /// <summary>A booking's video room made, moved or ended; the recipient is the booking.</summary>
    Video,
}
