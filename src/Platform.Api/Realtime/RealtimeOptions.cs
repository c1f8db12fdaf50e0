using System.ComponentModel.DataAnnotations;

namespace Platform.Api.Realtime;

/// <summary>Limits of the real-time transports and fan-out (section <c>Realtime</c>).</summary>
public sealed class RealtimeOptions
{
    public const string Section = "Realtime";

    /// <summary>How long a WebSocket may stay open without <c>connection_init</c> (close 4408).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How often the server pings an idle WebSocket; zero turns server pings off.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The largest message a client may send (close 1009 above it).</summary>
    [Range(1, 64 * 1024 * 1024)]
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>Operations one connection may run at once; more get an <c>error</c> message.</summary>
    [Range(1, 100_000)]
    public int MaxOperationsPerConnection { get; set; } = 50;

    /// <summary>Events a subscriber may have waiting; one more and it is dropped as too slow.</summary>
    [Range(1, 1_000_000)]
    public int SubscriberQueueCapacity { get; set; } = 256;

    /// <summary>Messages a connection may have waiting to be written; one more and it is closed as too slow.</summary>
    [Range(1, 1_000_000)]
    public int OutgoingQueueCapacity { get; set; } = 512;

    /// <summary>How long the dashboard gathers a burst of changes before it recomputes.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan DashboardCoalesce { get; set; } = TimeSpan.FromMilliseconds(50);
}
