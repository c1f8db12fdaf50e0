namespace Platform.Api.Features.Notifications;

public enum DeliveryState
{
    /// <summary>Waiting for its time or its next attempt.</summary>
    Pending,

    Sent,

    /// <summary>
    /// Refused for good (a bad address, retries exhausted, endpoint deleted); <see cref="NotificationDelivery.LastError"/> says why.
    /// </summary>
    Failed,

    /// <summary>No longer wanted: a reminder of a booking that was cancelled or moved.</summary>
    Cancelled,
}
