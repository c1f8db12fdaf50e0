using System.Net;
using System.Net.Sockets;

namespace Platform.Testing;

/// <summary>
/// Clients from loopback addresses of their own (127.0.1.2, 127.0.1.3…): Linux routes all of 127/8 to
/// the host, so a test can be several anonymous callers at once, as the server sees them (by TCP peer).
/// </summary>
public static class Loopback
{
    private static int _last = 1;

    /// <summary>An address no other test has used in this run.</summary>
    public static IPAddress NextAddress()
    {
        var n = Interlocked.Increment(ref _last);
        return new IPAddress([127, 0, (byte)(1 + (n / 250)), (byte)(2 + (n % 250))]);
    }

    /// <summary>A random loopback address (127.x.y.z), for tests about limits per client address.</summary>
    public static IPAddress RandomAddress() =>
        new([127, (byte)Random.Shared.Next(1, 255), (byte)Random.Shared.Next(0, 256), (byte)Random.Shared.Next(1, 255)]);

    /// <summary>A handler whose connections leave from <paramref name="local"/>.</summary>
    public static SocketsHttpHandler Handler(IPAddress local) => new()
    {
        AllowAutoRedirect = false,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(local.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(local, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    public static HttpClient Http(Uri baseAddress, IPAddress local) => new(Handler(local)) { BaseAddress = baseAddress };
}
