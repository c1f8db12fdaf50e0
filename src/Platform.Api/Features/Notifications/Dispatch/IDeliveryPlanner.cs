namespace Platform.Api.Features.Notifications.Dispatch;

/// <summary>
/// Decides who hears about one outbox event, and how: the email planner (customers, hosts, administrators), the
/// reminder planner, the webhook planner (subscribed endpoints). Runs inside the fan-out's transaction under the
/// event's tenant; what it returns is inserted once (by dedup key) and the event marked dispatched in the same commit.
/// </summary>
public interface IDeliveryPlanner
{
    Task PlanAsync(OutboxEventFacts facts, DeliveryPlan plan, CancellationToken cancellationToken);
}
