using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Bookings.GraphQL.Types;
using Platform.Api.Features.Notifications.Deliveries;
using Platform.Api.GraphQL.Authorization;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Notifications.GraphQL;

/// <summary>The outbox as administrators see it.</summary>
public static class DeliverySchema
{
    public static void AddDeliveryQueries(this ObjectGraphType query)
    {
        query
            .Connection<NotificationDeliveryType>("notificationDeliveries")
            .Description("Emails and webhook calls, newest first, with their state, attempts and last error. Administrators.")
            .Argument<DeliveryChannelEnum>("channel")
            .Argument<DeliveryStateEnum>("state")
            .Argument<IdGraphType>("bookingId")
            .Argument<StringGraphType>("recipient", "An email address or a webhook endpoint's id.")
            .RequireAdministrator()
            .PageSize(20)
            .MaxPageSize(DeliveryQueries.MaxPageSize)
            .ResolveAsync(async c =>
            {
                var bookingId = c.GetArgument<string?>("bookingId") is { } id
                    ? GlobalId.TryDecode(id, BookingType.TypeName) ?? Guid.Empty
                    : (Guid?)null;
                var filter = new DeliveryFilter(
                    c.GetArgument<DeliveryChannel?>("channel"), c.GetArgument<DeliveryState?>("state"), bookingId,
                    c.GetArgument<string?>("recipient"));
                return await c.Service<DeliveryQueries>().ListAsync(filter, c.First, c.After, c.CancellationToken);
            });
    }
}
