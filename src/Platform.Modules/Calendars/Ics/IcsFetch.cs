namespace Platform.Modules.Calendars.Ics;

/// <summary>
/// The result of one feed fetch. <see cref="NotModified"/>: the feed answered 304 to the validators sent, keep what is
/// known (<see cref="Busy"/> is empty). Otherwise <see cref="Busy"/> is every busy occurrence in the window and
/// <see cref="ETag"/>/<see cref="LastModified"/> are the validators to send next time.
/// </summary>
public sealed record IcsFetch(bool NotModified, string? ETag, DateTimeOffset? LastModified, IReadOnlyList<ExternalBusy> Busy);
