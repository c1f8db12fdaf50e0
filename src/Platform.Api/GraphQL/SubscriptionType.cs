using GraphQL.Types;
using Platform.Api.Features.Bookings.Live;

namespace Platform.Api.GraphQL;

public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Live changes, over WebSocket (graphql-transport-ws) or server-sent events (graphql-sse).";
        this.AddBookingSubscriptions();
    }
}
