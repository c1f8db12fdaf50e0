using GraphQL;

namespace Platform.Api.GraphQL.Transport.Streaming;

/// <summary>An operation that answered once (query, mutation, or refused), or a subscription's stream.</summary>
public sealed class RunningOperation
{
    private RunningOperation(ExecutionResult result, IObservable<ExecutionResult>? stream)
    {
        Result = result;
        Stream = stream;
    }

    /// <summary>The single result; for a stream, the result of subscribing (no data).</summary>
    public ExecutionResult Result { get; }

    public IObservable<ExecutionResult>? Stream { get; }

    /// <summary>
    /// Refused before anything ran (parse, validation, authorization), or a subscription that could
    /// not subscribe: graphql-transport-ws sends these as <c>error</c>, not <c>next</c>.
    /// </summary>
    public bool Refused => Stream is null && Result.Errors is { Count: > 0 }
        && (!Result.Executed || Result.Operation?.Operation == GraphQLParser.AST.OperationType.Subscription);

    public static RunningOperation Failed(ExecutionResult result) => new(result, null);

    public static RunningOperation Answered(ExecutionResult result) => new(result, null);

    public static RunningOperation Streaming(ExecutionResult result, IObservable<ExecutionResult> stream) => new(result, stream);
}
