using GraphQL.Validation;
using GraphQLParser.AST;

namespace Platform.Api.GraphQL.Relay;

/// <summary>
/// Refuses a connection's <c>first</c>/<c>last</c> outside 1..max before anything runs, as a literal or
/// as a variable. It runs with the other rules, before the complexity analysis (which only runs on a
/// document without errors), so a page of a million is a clear INVALID_PAGE_SIZE, not "too complex".
/// </summary>
public sealed class PageSizeRule : ValidationRuleBase
{
    private static readonly MatchingNodeVisitor<GraphQLField> Visitor = new((field, context) =>
    {
        var definition = context.TypeInfo.GetFieldDef();
        if (definition is null || field.Arguments is null || !PageSizes.ReturnsConnection(definition)) return;

        var max = PageSizes.MaxOf(definition);
        foreach (var argument in field.Arguments)
        {
            var name = argument.Name.StringValue;
            if (name is not ("first" or "last")) continue;
            var size = ValueOf(argument.Value, context);
            if (size is null || size is >= 1 && size <= max) continue;
            context.ReportError(new PageSizeError(context.Document.Source, argument,
                $"'{name}' on '{definition.Name}' must be between 1 and {max}; it was {size}."));
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);

    /// <summary>The number asked for; null when absent, null, or not a number (other rules report the wrong type).</summary>
    private static long? ValueOf(GraphQLValue value, ValidationContext context) => value switch
    {
        GraphQLIntValue literal => long.TryParse(literal.Value.Span, out var parsed) ? parsed : long.MaxValue,
        GraphQLVariable variable => FromVariable(variable.Name.StringValue, context),
        _ => null,
    };

    private static long? FromVariable(string name, ValidationContext context)
    {
        if (context.Variables is { } variables && variables.TryGetValue(name, out var supplied))
        {
            return supplied switch
            {
                int i => i,
                long l => l,
                decimal d when decimal.Truncate(d) == d && d is >= long.MinValue and <= long.MaxValue => (long)d,
                double d when Math.Truncate(d) == d && Math.Abs(d) < 9e18 => (long)d,
                System.Numerics.BigInteger big => big > long.MaxValue ? long.MaxValue : big < long.MinValue ? long.MinValue : (long)big,
                _ => null,
            };
        }

        // Not supplied: the variable's own default, if it is a literal number.
        var definition = context.Operation.Variables?.FirstOrDefault(v => v.Variable.Name.StringValue == name);
        return definition?.DefaultValue is GraphQLIntValue literal && long.TryParse(literal.Value.Span, out var parsed) ? parsed : null;
    }
}
