using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace Platform.Api.GraphQL.Relay;

/// <summary>
/// Page sizes of connections: <c>first</c> (and <c>last</c>, where a connection has it) between 1 and a
/// maximum, <see cref="DefaultMax"/> unless a field declares its own. <see cref="PageSizeRule"/> refuses
/// anything else before execution with INVALID_PAGE_SIZE; the schema description of each <c>first</c>
/// states the range.
/// </summary>
public static class PageSizes
{
    public const int DefaultMax = 100;
    public const string ErrorCode = "INVALID_PAGE_SIZE";
    private const string MaxKey = "platform.maxPageSize";

    /// <summary>Declares a connection's own maximum page size (default <see cref="DefaultMax"/>).</summary>
    public static TMetadataProvider MaxPageSize<TMetadataProvider>(this TMetadataProvider provider, int max)
        where TMetadataProvider : IProvideMetadata
    {
        provider.Metadata[MaxKey] = max;
        return provider;
    }

    public static int MaxOf(IProvideMetadata field) => field.GetMetadata(MaxKey, DefaultMax);

    /// <summary>True for a field returning a Relay connection (before the schema resolved its types, by CLR graph type).</summary>
    public static bool ReturnsConnection(FieldType field) =>
        field.ResolvedType is { } resolved ? IsConnection(resolved.GetNamedType().GetType()) : IsConnection(field.Type);

    public static bool IsConnection(Type? graphType)
    {
        for (var type = graphType; type is not null && type != typeof(object); type = type.BaseType)
        {
            if (!type.IsGenericType) continue;
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(ConnectionType<,>)) return true;
            if (definition == typeof(NonNullGraphType<>)) return IsConnection(type.GetGenericArguments()[0]);
        }

        return false;
    }

    public static string Describe(string argument, int max) =>
        argument == "first"
            ? $"Page size: the first 1 to {max} edges after 'after'. Anything else is refused with {ErrorCode}."
            : $"Page size: the last 1 to {max} edges before 'before'. Anything else is refused with {ErrorCode}.";
}
