using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.GraphQL;

/// <summary>
/// Rules applied to every graph type as the schema is built, so no feature has to remember them:
/// connections count lazily and state their page sizes; <c>__Type</c> has the current spec's
/// <c>specifiedByURL</c>, which GraphQL.NET 8 lacks and graphql-js asks for.
/// </summary>
internal static class SchemaConventions
{
    public static void Apply(IGraphType graphType)
    {
        if (graphType is global::GraphQL.Introspection.__Type introspectionType) AddSpecifiedByUrl(introspectionType);
        if (PageSizes.IsConnection(graphType.GetType())) CountLazily((IComplexGraphType)graphType);
        if (graphType is IComplexGraphType complex) DescribePageSizes(complex);
    }

    /// <summary>None of Platform's scalars has a specification URL yet, as schema.graphql shows (no @specifiedBy).</summary>
    private static void AddSpecifiedByUrl(global::GraphQL.Introspection.__Type type)
    {
        if (type.HasField("specifiedByURL")) return;
        type.AddField(new FieldType
        {
            Name = "specifiedByURL",
            Type = typeof(StringGraphType),
            Description = "The URL of the specification a custom scalar follows; null for every other type.",
            Resolver = new FuncFieldResolver<object?>(_ => null),
        });
    }

    private static void CountLazily(IComplexGraphType connection)
    {
        if (connection.GetField("totalCount") is not { } field) return;
        var original = field.Resolver;
        field.Description = "How many items the whole list has, ignoring pagination. Counted only when asked for.";
        field.Resolver = new FuncFieldResolver<object?>(async context => context.Source is ICountedConnection counted
            ? await counted.CountAsync(context.CancellationToken)
            : original is null ? null : await original.ResolveAsync(context));
    }

    private static void DescribePageSizes(IComplexGraphType type)
    {
        foreach (var field in type.Fields)
        {
            if (field.Arguments is null || !PageSizes.IsConnection(field.Type)) continue;
            foreach (var argument in field.Arguments)
            {
                if (argument.Name is "first" or "last") argument.Description = PageSizes.Describe(argument.Name, PageSizes.MaxOf(field));
            }
        }
    }
}
