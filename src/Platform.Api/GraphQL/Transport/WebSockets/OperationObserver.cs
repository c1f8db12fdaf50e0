using GraphQL;
using Platform.Api.Realtime;

namespace Platform.Api.GraphQL.Transport.WebSockets;

/// <summary>Forwards a subscription's results as <c>next</c> / <c>complete</c>; a drop for slowness closes the connection.</summary>
internal sealed class OperationObserver(
    IWebSocketConnection connection,
    OperationRegistry operations,
    IGraphQLTextSerializer serializer,
    SubscribedOperation operation,
    TaskCompletionSource ended) : IObserver<ExecutionResult>
{
    public void OnNext(ExecutionResult value)
    {
        if (operations.IsCurrent(operation)) connection.Send(GraphQLTransportWsMessages.Next(operation.Id, serializer, value));
    }

    public void OnError(Exception error)
    {
        if (error is SubscriberTooSlowException)
        {
            connection.DropAsTooSlow();
        }
        else if (operations.IsCurrent(operation))
        {
            var result = new ExecutionResult { Errors = [error as ExecutionError ?? new ExecutionError("The event stream failed.")] };
            connection.Send(GraphQLTransportWsMessages.Next(operation.Id, serializer, result));
            if (operations.Finish(operation)) connection.Send(GraphQLTransportWsMessages.Complete(operation.Id));
        }

        ended.TrySetResult();
    }

    public void OnCompleted()
    {
        if (operations.Finish(operation)) connection.Send(GraphQLTransportWsMessages.Complete(operation.Id));
        ended.TrySetResult();
    }
}
