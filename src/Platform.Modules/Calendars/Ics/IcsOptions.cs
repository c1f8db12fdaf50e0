using System.ComponentModel.DataAnnotations;

namespace Platform.Modules.Calendars.Ics;

/// <summary>Configuration section <c>Calendars:Ics</c>: how subscribed ICS feeds are fetched.</summary>
public sealed class IcsOptions
{
    public const string Section = "Calendars:Ics";

    /// <summary>How long one fetch (connect, headers and body) may take before it counts as a transient failure.</summary>
    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>The largest feed read; a bigger one is refused rather than parsed, so one hostile URL cannot exhaust memory.</summary>
    [Range(1_024, 100 * 1024 * 1024)]
    public int MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// Allow feeds on loopback addresses. Off in production (a pasted URL must not reach the platform's own network);
    /// tests turn it on for their local fake.
    /// </summary>
    public bool AllowLoopback { get; set; }
}
