using GraphQL.Resolvers;
using GraphQL.Types;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.GraphQL;

/// <summary>
/// Rules applied to every graph type as the schema is built, so no feature has to remember them:
/// connections count lazily and state their page sizes; introspection has what the current spec and
/// graphql-js ask for and GraphQL.NET 8 lacks (<c>__Type.specifiedByURL</c>, <c>__Directive.args(includeDeprecated:)</c>).
/// </summary>
internal static class SchemaConventions
{
    public static void Apply(IGraphType graphType)
    {
        if (graphType is global::GraphQL.Introspection.__Type introspectionType) AddSpecifiedByUrl(introspectionType);
        if (graphType is global::GraphQL.Introspection.__Directive directive) AcceptIncludeDeprecated(directive);
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

    /// <summary>
    /// graphql-js asks <c>__Directive.args(includeDeprecated: true)</c> with inputValueDeprecation; GraphQL.NET 8 has the
    /// argument on fields and input types only. Accepted here; every directive argument is listed either way (none is deprecated).
    /// </summary>
    private static void AcceptIncludeDeprecated(global::GraphQL.Introspection.__Directive directive)
    {
        if (directive.GetField("args") is not { } args || args.Arguments?.Find("includeDeprecated") is not null) return;
        args.Arguments ??= new QueryArguments();
        args.Arguments.Add(new QueryArgument<BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false });
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
