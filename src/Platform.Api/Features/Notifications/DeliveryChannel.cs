namespace Platform.Api.Features.Notifications;

public enum DeliveryChannel
{
    Email,
    Webhook,
}
