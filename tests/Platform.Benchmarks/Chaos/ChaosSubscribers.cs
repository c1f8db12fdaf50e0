using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Platform.Benchmarks.Chaos;

/// <summary>
/// Public booking pages: anonymous graphql-transport-ws subscribers to <c>slotsChanged</c> of the free offering through the
/// proxy. Each reconnects with backoff whenever its socket closes or its stream ends (an instance killed, EVENTS_MISSED
/// after the LISTEN connection dropped, the reconnect storm) and notes when it last resumed and last heard a change.
/// </summary>
public sealed class ChaosSubscribers(Uri webSocketUri, string offeringId, DateTimeOffset from, DateTimeOffset to)
{
    private readonly List<Subscriber> _subscribers = [];

    public int Count => _subscribers.Count;

    public int Subscribed => _subscribers.Count(s => s.Socket is not null && Volatile.Read(ref s.ResumedAt) != 0);

    public long Connects => _subscribers.Sum(s => Volatile.Read(ref s.Connects));

    public void Start(int count, CancellationToken stop)
    {
        for (var i = 0; i < count; i++)
        {
            var subscriber = new Subscriber(i);
            _subscribers.Add(subscriber);
            subscriber.Loop = Task.Run(() => RunAsync(subscriber, stop), CancellationToken.None);
        }
    }

    /// <summary>The reconnect storm: every socket dropped at once.</summary>
    public void DropAll()
    {
        foreach (var subscriber in _subscribers) subscriber.Socket?.Abort();
    }

    /// <summary>Until every subscriber is subscribed (or the timeout); returns how many are.</summary>
    public async Task<int> WaitSubscribedAsync(TimeSpan timeout)
    {
        var until = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Subscribed < Count && Stopwatch.GetTimestamp() < until) await Task.Delay(100);
        return Subscribed;
    }

    /// <summary>Subscribers that resumed before <paramref name="mark"/> and heard a change after it.</summary>
    public int HeardAfter(long mark) =>
        _subscribers.Count(s => Volatile.Read(ref s.ResumedAt) is var r && r != 0 && r < mark && Volatile.Read(ref s.LastNextAt) > mark);

    public Task StoppedAsync() => Task.WhenAll(_subscribers.Select(s => s.Loop));

    private async Task RunAsync(Subscriber subscriber, CancellationToken stop)
    {
        var random = new Random(subscriber.Index);
        var backoff = 250;
        while (!stop.IsCancellationRequested)
        {
            using var socket = new ClientWebSocket();
            socket.Options.AddSubProtocol("graphql-transport-ws");
            try
            {
                await socket.ConnectAsync(webSocketUri, stop);
                subscriber.Socket = socket;
                Interlocked.Increment(ref subscriber.Connects);
                await SendAsync(socket, """{"type":"connection_init"}""");
                var subscribe = JsonSerializer.Serialize(new
                {
                    id = "1",
                    type = "subscribe",
                    payload = new
                    {
                        query = "subscription($o: ID!, $from: DateTimeOffset!, $to: DateTimeOffset!) { slotsChanged(offeringId: $o, from: $from, to: $to) { offeringId } }",
                        variables = new { o = offeringId, from, to },
                    },
                });
                await ReadAsync(socket, subscriber, subscribe, stop);
                backoff = 250;
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
            {
                // Reconnect below.
            }
            finally
            {
                subscriber.Socket = null;
                Volatile.Write(ref subscriber.ResumedAt, 0);
            }

            if (stop.IsCancellationRequested) break;
            await Task.Delay(backoff + random.Next(backoff), CancellationToken.None);
            backoff = Math.Min(backoff * 2, 2000);
        }
    }

    private static async Task ReadAsync(ClientWebSocket socket, Subscriber subscriber, string subscribe, CancellationToken stop)
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        using var closing = stop.Register(socket.Abort);
        while (socket.State == WebSocketState.Open)
        {
            var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close) return;
            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage) continue;
            var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            message.SetLength(0);
            if (text.Contains("\"connection_ack\"", StringComparison.Ordinal))
            {
                await SendAsync(socket, subscribe);
                Volatile.Write(ref subscriber.ResumedAt, Stopwatch.GetTimestamp());
            }
            else if (text.Contains("\"type\":\"next\"", StringComparison.Ordinal))
            {
                // A next carrying errors (EVENTS_MISSED) is followed by complete; either way the stream is over.
                if (text.Contains("\"errors\"", StringComparison.Ordinal)) return;
                Volatile.Write(ref subscriber.LastNextAt, Stopwatch.GetTimestamp());
            }
            else if (text.Contains("\"type\":\"ping\"", StringComparison.Ordinal))
            {
                await SendAsync(socket, """{"type":"pong"}""");
            }
            else if (text.Contains("\"type\":\"complete\"", StringComparison.Ordinal) || text.Contains("\"type\":\"error\"", StringComparison.Ordinal))
            {
                return;
            }
        }
    }

    private static Task SendAsync(ClientWebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    private sealed class Subscriber(int index)
    {
        public int Index { get; } = index;

        public Task Loop { get; set; } = Task.CompletedTask;

        public ClientWebSocket? Socket { get; set; }

        public long ResumedAt;

        public long LastNextAt;

        public long Connects;
    }
}
