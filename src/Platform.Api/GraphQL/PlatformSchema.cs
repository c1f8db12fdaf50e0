using GraphQL;
using GraphQL.Types;
using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.Features.Bookings.GraphQL;
using Platform.Api.Features.Bookings.Live;
using Platform.Api.Features.Offerings.GraphQL;
using Platform.Api.Features.Organizations.GraphQL;
using Platform.Api.Features.Payments.GraphQL;
using Platform.Api.Features.Pricing.GraphQL;
using Platform.Api.GraphQL.Relay;
using Platform.Api.Identity;
using Platform.Api.GraphQL.Scalars;

namespace Platform.Api.GraphQL;

/// <summary>The one schema. Root types gather the fields each feature contributes.</summary>
public sealed class PlatformSchema : Schema
{
    public PlatformSchema(IServiceProvider services) : base(services)
    {
        Description = "Platform: booking and payments for many organizations.";
        // The current spec's introspection, as graphql-js and GraphiQL ask for it.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        // Input that cannot be stored or computed with is a request error naming the argument.
        RegisterType(new PlatformStringGraphType());
        RegisterType(new PlatformDateTimeOffsetGraphType());
        RegisterType(new PlatformDateOnlyGraphType());
        Query = new QueryType();
        Mutation = new MutationType();
        Subscription = new SubscriptionType();
        // Introspection is answered from memory: tools must not be refused as "too complex" for it
        // (GraphiQL's own query counted 2.29 M). Its size is bounded by GraphQL:MaxExpandedSelections.
        this.WithIntrospectionComplexityImpact(0);
    }

    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        base.OnBeforeInitializeType(graphType);
        SchemaConventions.Apply(graphType);
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
