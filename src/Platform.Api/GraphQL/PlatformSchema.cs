using GraphQL.Types;
using Platform.Api.Features.Availability;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Bookings.Live;
using Platform.Api.Features.Offerings;
using Platform.Api.Features.Payments;
using Platform.Api.Features.Organizations;
using Platform.Api.Features.Pricing;
using Platform.Api.GraphQL.Relay;
using Platform.Api.Identity;

namespace Platform.Api.GraphQL;

/// <summary>The one schema. Root types gather the fields each feature contributes.</summary>
public sealed class PlatformSchema : Schema
{
    public PlatformSchema(IServiceProvider services) : base(services)
    {
        Description = "Platform: booking and payments for many organizations.";
        Query = new QueryType();
        Mutation = new MutationType();
        Subscription = new SubscriptionType();
    }
}

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        this.AddNodeFields();
        this.AddOrganizationQueries();
        this.AddOfferingQueries();
        this.AddAvailabilityQueries();
        this.AddPricingQueries();
        this.AddBookingQueries();
        this.AddPaymentQueries();
    }
}

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AddOrganizationMutations();
        this.AddAccountMutations();
        this.AddOfferingMutations();
        this.AddAvailabilityMutations();
        this.AddPricingMutations();
        this.AddBookingMutations();
        this.AddPaymentMutations();
    }
}

public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Live changes, over WebSocket (graphql-transport-ws) or server-sent events (graphql-sse).";
        this.AddBookingSubscriptions();
    }
}
