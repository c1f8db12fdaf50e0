using GraphQL;
using Platform.Api.Realtime;

namespace Platform.Api.GraphQL.Transport.Sse;

/// <summary>Forwards a subscription's results as <c>next</c> events; a drop for slowness cuts the stream off.</summary>
internal sealed class SseObserver(SseSession session, IGraphQLTextSerializer serializer, TaskCompletionSource ended)
    : IObserver<ExecutionResult>
{
    public void OnNext(ExecutionResult value) => session.Send("next", serializer.Serialize(value));

    public void OnError(Exception error)
    {
        if (error is SubscriberTooSlowException)
        {
            session.DropAsTooSlow();
        }
        else
        {
            var result = new ExecutionResult { Errors = [error as ExecutionError ?? new ExecutionError("The event stream failed.")] };
            session.Send("next", serializer.Serialize(result));
        }

        ended.TrySetResult();
    }

    public void OnCompleted() => ended.TrySetResult();
}
