using System.ComponentModel.DataAnnotations;

namespace Platform.Api.Features.Notifications;

/// <summary>Configuration section <c>Notifications</c>: the outbox dispatcher of this instance.</summary>
public sealed class NotificationsOptions
{
    public const string Section = "Notifications";

    /// <summary>Whether this instance delivers (every instance may; they share the work through row claims).</summary>
    public bool DispatcherEnabled { get; set; } = true;

    /// <summary>How often the dispatcher checks the due times it knows of (reminders, retries) when nothing wakes it.</summary>
    [Range(50, 60_000)]
    public int PollMilliseconds { get; set; } = 1000;

    /// <summary>
    /// How often it visits every organization for work it did not hear of (another instance's retries, wake-ups missed
    /// while its listener was away). The safety net: the wake-ups and known due times do the everyday work.
    /// </summary>
    [Range(1, 3600)]
    public int SweepSeconds { get; set; } = 60;

    /// <summary>How long a worker's claim on a delivery lasts; a crashed worker's deliveries go out after it.</summary>
    [Range(5, 3600)]
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>Attempts before a delivery is given up (with the backoff, at least 24 hours of trying).</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 45;

    /// <summary>Sends in flight at once on this instance.</summary>
    [Range(1, 256)]
    public int MaxConcurrentSends { get; set; } = 16;

    /// <summary>Outbox events fanned out, or deliveries claimed, per round.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>
    /// How long a booking's emails, webhooks and calendar events wait for its video room to be made (so they carry the
    /// link); after that they go without it rather than not at all.
    /// </summary>
    [Range(0, 3600)]
    public int VideoWaitSeconds { get; set; } = 120;
}
