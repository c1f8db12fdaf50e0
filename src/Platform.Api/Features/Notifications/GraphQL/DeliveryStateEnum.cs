using GraphQL.Types;

namespace Platform.Api.Features.Notifications.GraphQL;

public sealed class DeliveryStateEnum : EnumerationGraphType<DeliveryState>
{
    public DeliveryStateEnum()
    {
        Name = "DeliveryState";
        Description = "PENDING: waiting for its time or its next attempt. SENT. FAILED: refused for good or given up. "
            + "CANCELLED: no longer wanted (a reminder of a booking that was cancelled or moved).";
    }
}
