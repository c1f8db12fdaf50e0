using GraphQLParser.AST;

namespace Platform.Api.GraphQL.Transport;

/// <summary>
/// GET must be safe: a link, an &lt;img&gt; or an EventSource can send one from any page. Both GET transports
/// (GraphQL over HTTP and graphql-sse) ask this one question of the document they resolved, so a
/// mutation is refused whether it came as text, a persisted document id or an APQ hash.
/// </summary>
public static class SafeMethod
{
    /// <summary>
    /// True when the operation the request selects is a mutation, or (unless <paramref name="subscriptionsToo"/>)
    /// a subscription. False when no operation can be selected: execution reports that as usual.
    /// </summary>
    public static bool Refuses(GraphQLDocument document, string? operationName, bool subscriptionsToo)
    {
        var selected = Select(document, operationName);
        return selected?.Operation switch
        {
            OperationType.Mutation => true,
            OperationType.Subscription => !subscriptionsToo,
            _ => false,
        };
    }

    private static GraphQLOperationDefinition? Select(GraphQLDocument document, string? operationName)
    {
        GraphQLOperationDefinition? only = null;
        var count = 0;
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            if (operationName is not null && operation.Name?.StringValue == operationName) return operation;
            only = operation;
            count++;
        }

        return operationName is null && count == 1 ? only : null;
    }
}
