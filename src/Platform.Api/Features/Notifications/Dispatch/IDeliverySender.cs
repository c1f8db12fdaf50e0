namespace Platform.Api.Features.Notifications.Dispatch;

/// <summary>
/// Sends one claimed delivery over its channel (email, webhook) and says how it went; never throws for the
/// receiver's trouble (that is an outcome), only for cancellation. Runs under the delivery's tenant, in its own scope.
/// </summary>
public interface IDeliverySender
{
    DeliveryChannel Channel { get; }

    Task<DeliveryOutcome> SendAsync(NotificationDelivery delivery, CancellationToken cancellationToken);
}
