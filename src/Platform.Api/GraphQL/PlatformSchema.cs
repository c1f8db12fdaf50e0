using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Scalars;

namespace Platform.Api.GraphQL;

/// <summary>
/// The one schema. Its root types (<see cref="QueryType"/>, <see cref="MutationType"/>, <see cref="SubscriptionType"/>)
/// gather the fields each feature contributes.
/// </summary>
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
