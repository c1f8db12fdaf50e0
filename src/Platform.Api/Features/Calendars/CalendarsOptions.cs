using System.ComponentModel.DataAnnotations;

namespace Platform.Api.Features.Calendars;

/// <summary>Configuration section <c>Calendars</c>: how often connected calendars are read, and how far ahead.</summary>
public sealed class CalendarsOptions
{
    public const string Section = "Calendars";

    /// <summary>Whether this instance syncs calendars (every instance may; claims keep them apart).</summary>
    public bool SyncEnabled { get; set; } = true;

    /// <summary>
    /// How often a connection is read when nothing pushes a change: the longest an outside event can go unseen by a
    /// hold (docs/providers.md, "the race with an outside event").
    /// </summary>
    [Range(5, 86_400)]
    public int SyncIntervalSeconds { get; set; } = 300;

    /// <summary>How often the worker looks for due connections (and how late a push-notified sync can start).</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 5;

    /// <summary>How far ahead busy times are read.</summary>
    [Range(1, 730)]
    public int HorizonDays { get; set; } = 180;

    /// <summary>A syncing instance's claim on a connection; a crashed instance's connections are synced after it.</summary>
    [Range(10, 3600)]
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>Connections synced at once by one instance.</summary>
    [Range(1, 256)]
    public int MaxConcurrentSyncs { get; set; } = 8;

    /// <summary>How long a consent link stays good.</summary>
    [Range(1, 120)]
    public int ConsentMinutes { get; set; } = 15;

    /// <summary>Tokens are refreshed when they have less than this left.</summary>
    [Range(0, 3600)]
    public int RefreshBeforeExpirySeconds { get; set; } = 300;

    /// <summary>A connection not synced for this long shows as stale.</summary>
    [Range(60, 604_800)]
    public int StaleAfterSeconds { get; set; } = 1800;

    /// <summary>
    /// The public https base the services can call for push notifications (Google events.watch, Graph subscriptions);
    /// empty: no push, polling only.
    /// </summary>
    [Url]
    public string? PushBaseUrl { get; set; }

    /// <summary>Calendar connections a provider may have.</summary>
    [Range(1, 50)]
    public int MaxConnectionsPerProvider { get; set; } = 5;
}
