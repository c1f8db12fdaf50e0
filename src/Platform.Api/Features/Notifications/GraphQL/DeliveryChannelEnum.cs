using GraphQL.Types;

namespace Platform.Api.Features.Notifications.GraphQL;

public sealed class DeliveryChannelEnum : EnumerationGraphType<DeliveryChannel>
{
    public DeliveryChannelEnum()
    {
        Name = "DeliveryChannel";
        Description = "EMAIL to a person, or WEBHOOK to an integrator's endpoint.";
    }
}
