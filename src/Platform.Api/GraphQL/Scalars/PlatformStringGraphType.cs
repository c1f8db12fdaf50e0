using GraphQL.Types;
using GraphQLParser.AST;

namespace Platform.Api.GraphQL.Scalars;

/// <summary>
/// The built-in String, with input that PostgreSQL and every client can store and show: no NUL
/// (PostgreSQL text cannot hold it) and no unpaired UTF-16 surrogate (not text at all; GraphQL string
/// literals can spell one as <c>"\ud800"</c>). Refused values are request errors naming the argument
/// or variable path, before any resolver runs.
/// </summary>
public sealed class PlatformStringGraphType : StringGraphType
{
    public PlatformStringGraphType()
    {
        Name = "String";
    }

    public override object? ParseLiteral(GraphQLValue value) => Check(base.ParseLiteral(value));

    public override object? ParseValue(object? value) => Check(base.ParseValue(value));

    public override bool CanParseLiteral(GraphQLValue value) => Try(() => ParseLiteral(value));

    public override bool CanParseValue(object? value) => Try(() => ParseValue(value));

    // Output is what Platform stored: never refuse it on the way out.
    public override object? Serialize(object? value) => value is string ? value : base.Serialize(value);

    private static object? Check(object? parsed)
    {
        if (parsed is string text && InputText.Problem(text) is { } problem) throw new InputRejectedException(problem);
        return parsed;
    }

    internal static bool Try(Action parse)
    {
        try
        {
            parse();
            return true;
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or OverflowException or ArgumentException)
        {
            return false;
        }
    }
}
