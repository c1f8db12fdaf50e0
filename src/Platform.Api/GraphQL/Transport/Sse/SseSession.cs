using System.Net.ServerSentEvents;
using System.Threading.Channels;

namespace Platform.Api.GraphQL.Transport.Sse;

/// <summary>
/// One event stream as a bounded outbox with one writer, which frames the events with
/// <see cref="SseFormatter"/>; a reader too slow to keep up is cut off.
/// </summary>
internal sealed class SseSession(HttpContext context, int capacity, TimeProvider clock) : IDisposable
{
    /// <summary>A comment: <see cref="SseFormatter"/> writes events only, so this one is written as it is.</summary>
    private static readonly byte[] KeepAlive = ":\n\n"u8.ToArray();

    private readonly Channel<SseItem<string>> _outgoing =
        Channel.CreateBounded<SseItem<string>>(new BoundedChannelOptions(capacity) { SingleReader = true });

    private readonly CancellationTokenSource _stopping = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);

    public CancellationToken Stopping => _stopping.Token;

    /// <summary>Queues one event: <paramref name="name"/> and its data, one line of JSON (or nothing).</summary>
    public void Send(string name, string data)
    {
        if (!_outgoing.Writer.TryWrite(new SseItem<string>(data, name))) DropAsTooSlow();
    }

    public void DropAsTooSlow()
    {
        _outgoing.Writer.TryComplete();
        _stopping.Cancel();
        context.Abort();
    }

    public void Finish() => _outgoing.Writer.TryComplete();

    /// <summary>True once <see cref="Drain"/> ended the stream because the server is stopping.</summary>
    public bool Draining { get; private set; }

    /// <summary>
    /// The server is stopping: end the stream after what is queued, without <c>complete</c>, so the client
    /// (graphql-sse retries a stream that ends early) subscribes again, to another instance.
    /// </summary>
    public void Drain()
    {
        Draining = true;
        _outgoing.Writer.TryComplete();
        _stopping.Cancel();
    }

    public void Dispose() => _stopping.Dispose();

    public async Task WriteAsync(TimeSpan keepAlive)
    {
        var body = context.Response.Body;
        // One keep-alive timer for the stream's life, not a new delay per wake-up of the outbox:
        // it restarts only after it fired, so a busy stream sends no comments and allocates no timers.
        Task? idle = null;
        // Ends the pending keep-alive delay with the stream, instead of leaving its timer to run out.
        using var idleTimer = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        try
        {
            Task<bool>? wait = null;
            while (true)
            {
                wait ??= _outgoing.Reader.WaitToReadAsync(context.RequestAborted).AsTask();
                if (keepAlive > TimeSpan.Zero)
                {
                    idle ??= Task.Delay(keepAlive, clock, idleTimer.Token);
                    if (await Task.WhenAny(wait, idle) == idle)
                    {
                        idle = null;
                        // A comment line keeps proxies from timing out an idle stream.
                        await body.WriteAsync(KeepAlive, context.RequestAborted);
                        await body.FlushAsync(context.RequestAborted);
                        continue;
                    }
                }

                var more = await wait;
                wait = null;
                if (!more) break;
                await SseFormatter.WriteAsync(Queued().ToAsyncEnumerable(), body, context.RequestAborted);
                await body.FlushAsync(context.RequestAborted);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
            _stopping.Cancel();
        }
        finally
        {
            await idleTimer.CancelAsync();
        }
    }

    /// <summary>The events queued so far; the writer frames them in one go and flushes once.</summary>
    private IEnumerable<SseItem<string>> Queued()
    {
        while (_outgoing.Reader.TryRead(out var item)) yield return item;
    }
}
