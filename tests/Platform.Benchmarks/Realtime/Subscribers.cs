using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;

namespace Platform.Benchmarks.Realtime;

/// <summary>
/// N graphql-transport-ws connections, each counting the <c>next</c> messages it receives and the
/// timestamp of the latest; server pings are answered.
/// </summary>
public sealed class Subscribers : IAsyncDisposable
{
    private static readonly byte[] Pong = Encoding.UTF8.GetBytes("""{"type":"pong"}""");
    private readonly List<Connection> _connections = [];

    public int Count => _connections.Count;

    /// <summary>Opens <paramref name="count"/> connections (init acknowledged), <paramref name="parallel"/> at a time.</summary>
    public async Task OpenAsync(Uri webSocketUri, int count, int parallel, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(parallel);
        var opened = await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                return await Connection.OpenAsync(webSocketUri, cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }));
        _connections.AddRange(opened);
    }

    public Task SubscribeAllAsync(string subscribeMessage) =>
        Task.WhenAll(_connections.Select(c => c.SendAsync(Encoding.UTF8.GetBytes(subscribeMessage))));

    public int[] Counts() => [.. _connections.Select(c => Volatile.Read(ref c.Received))];

    /// <summary>Waits until every connection received more than <paramref name="before"/>; returns each one's latest timestamp.</summary>
    public async Task<long[]> WaitForNextAsync(int[] before, TimeSpan timeout)
    {
        var missing = await MissingAfterAsync(before, timeout);
        if (missing > 0) throw new TimeoutException($"{missing} of {_connections.Count} subscribers did not receive the change within {timeout.TotalSeconds} s.");
        return [.. _connections.Select(c => Interlocked.Read(ref c.LastReceivedAt))];
    }

    /// <summary>
    /// Waits (at most <paramref name="timeout"/>) until every connection received more than <paramref name="before"/>;
    /// returns how many did not.
    /// </summary>
    public async Task<int> MissingAfterAsync(int[] before, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var missing = _connections.Where((c, i) => Volatile.Read(ref c.Received) <= before[i]).Count();
            if (missing == 0 || Stopwatch.GetTimestamp() > deadline) return missing;
            // A poll interval: every delivery is timestamped by its own reader, not by this loop.
            await Task.Delay(1);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_connections.Select(c => c.CloseAsync()));
        _connections.Clear();
    }

    private sealed class Connection
    {
        private readonly ClientWebSocket _socket = new();
        private readonly SemaphoreSlim _send = new(1, 1);
        private Task _reader = Task.CompletedTask;
        public int Received;
        public long LastReceivedAt;

        public static async Task<Connection> OpenAsync(Uri uri, CancellationToken cancellationToken)
        {
            var connection = new Connection();
            connection._socket.Options.AddSubProtocol("graphql-transport-ws");
            connection._socket.Options.KeepAliveInterval = TimeSpan.Zero;
            await connection._socket.ConnectAsync(uri, cancellationToken);
            await connection.SendAsync(Encoding.UTF8.GetBytes("""{"type":"connection_init"}"""));
            var buffer = new byte[256];
            var ack = await connection._socket.ReceiveAsync(buffer, cancellationToken);
            if (!Encoding.UTF8.GetString(buffer, 0, ack.Count).Contains("connection_ack", StringComparison.Ordinal))
                throw new InvalidOperationException("No connection_ack: " + Encoding.UTF8.GetString(buffer, 0, ack.Count));
            connection._reader = connection.ReadAsync();
            return connection;
        }

        public async Task SendAsync(byte[] message)
        {
            await _send.WaitAsync();
            try
            {
                await _socket.SendAsync(message, WebSocketMessageType.Text, true, CancellationToken.None);
            }
            finally
            {
                _send.Release();
            }
        }

        private async Task ReadAsync()
        {
            var buffer = new byte[4096];
            var message = new MemoryStream();
            try
            {
                while (_socket.State == WebSocketState.Open)
                {
                    var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close) break;
                    message.Write(buffer, 0, result.Count);
                    if (!result.EndOfMessage) continue;
                    var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
                    message.SetLength(0);
                    if (text.Contains("\"type\":\"next\"", StringComparison.Ordinal))
                    {
                        Interlocked.Exchange(ref LastReceivedAt, Stopwatch.GetTimestamp());
                        Interlocked.Increment(ref Received);
                    }
                    else if (text.Contains("\"type\":\"ping\"", StringComparison.Ordinal))
                    {
                        await SendAsync(Pong);
                    }
                    else if (text.Contains("\"type\":\"error\"", StringComparison.Ordinal))
                    {
                        Console.Error.WriteLine("  subscriber error: " + text);
                    }
                }
            }
            catch (WebSocketException)
            {
            }
        }

        public async Task CloseAsync()
        {
            try
            {
                if (_socket.State == WebSocketState.Open)
                {
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
                    await _reader.WaitAsync(TimeSpan.FromSeconds(10));
                }
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException or TimeoutException)
            {
            }
            finally
            {
                _socket.Dispose();
                _send.Dispose();
            }
        }
    }
}
