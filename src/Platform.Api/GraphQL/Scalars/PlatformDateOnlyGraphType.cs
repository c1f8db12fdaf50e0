using GraphQL.Types;
using GraphQLParser.AST;

namespace Platform.Api.GraphQL.Scalars;

/// <summary>The built-in DateOnly scalar, limited to <see cref="CalendarWindow"/> on input.</summary>
public sealed class PlatformDateOnlyGraphType : DateOnlyGraphType
{
    public PlatformDateOnlyGraphType()
    {
        Name = "DateOnly";
        Description = Description?.TrimEnd().TrimEnd('.') + ". " + CalendarWindow.Describe;
    }

    public override object? ParseLiteral(GraphQLValue value) => Check(base.ParseLiteral(value));

    public override object? ParseValue(object? value) => Check(base.ParseValue(value));

    public override bool CanParseLiteral(GraphQLValue value) => PlatformStringGraphType.Try(() => ParseLiteral(value));

    public override bool CanParseValue(object? value) => PlatformStringGraphType.Try(() => ParseValue(value));

    private static object? Check(object? parsed) => parsed is DateOnly date ? CalendarWindow.Check(parsed, date) : parsed;
}
