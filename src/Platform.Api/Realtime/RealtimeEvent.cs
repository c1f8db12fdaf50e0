using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Api.Realtime;

/// <summary>A time range a change touched: a booking's session and its buffered (blocked) range.</summary>
public sealed record BookingTimes(
    Guid ProviderId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset BlockedFrom, DateTimeOffset BlockedUntil);

/// <summary>
/// What one committed change says, as its trigger published it: ids and the tenant, no personal data.
/// <see cref="Sequence"/> numbers events in the order this instance heard them, so subscribers of one
/// event can share the work of loading it.
/// </summary>
public abstract record RealtimeEvent(long Sequence, Guid TenantId);

/// <summary>A booking row was inserted, updated or deleted.</summary>
public sealed record BookingChanged(
    long Sequence,
    Guid TenantId,
    Guid BookingId,
    Guid OfferingId,
    Guid? CustomerUserId,
    string Status,
    BookingTimes Now,
    BookingTimes? Before) : RealtimeEvent(Sequence, TenantId)
{
    /// <summary>The calendars the change touched: the booking's time and, after a move, where it was.</summary>
    public IEnumerable<BookingTimes> Touched => Before is null ? [Now] : [Now, Before];
}

/// <summary>A membership was added, changed or removed: what its user may see has changed.</summary>
public sealed record MembershipChanged(long Sequence, Guid TenantId, Guid UserId) : RealtimeEvent(Sequence, TenantId);

/// <summary>
/// A provider's outside busy times changed (calendar sync); <see cref="From"/>/<see cref="To"/> bound what changed, null
/// when anything may have (a calendar disconnected).
/// </summary>
public sealed record BusyTimesChanged(long Sequence, Guid TenantId, Guid ProviderId, DateTimeOffset? From, DateTimeOffset? To)
    : RealtimeEvent(Sequence, TenantId);

/// <summary>
/// An organization's registry row was inserted, updated or deleted: <see cref="Slug"/> is its slug now (or last),
/// <see cref="PreviousSlug"/> the one it had before an update.
/// </summary>
public sealed record TenantChanged(long Sequence, Guid TenantId, string Slug, string? PreviousSlug) : RealtimeEvent(Sequence, TenantId);

/// <summary>An organization's booking settings row was written or removed.</summary>
public sealed record BookingSettingsChanged(long Sequence, Guid TenantId) : RealtimeEvent(Sequence, TenantId);

/// <summary>Reads the trigger payloads of <see cref="RealtimeTriggers"/>; anything else is null.</summary>
public static class RealtimePayload
{
    public static RealtimeEvent? Parse(long sequence, string payload)
    {
        Raw? raw;
        try
        {
            raw = JsonSerializer.Deserialize<Raw>(payload);
        }
        catch (JsonException)
        {
            return null;
        }

        if (raw?.Tenant is not { } tenant) return null;
        return raw.Kind switch
        {
            "booking" when raw is
            {
                Id: { } id, Offering: { } offering, Provider: { } provider, Status: { } status,
                Start: { } start, End: { } end, BlockedFrom: { } bf, BlockedUntil: { } bu
            } =>
                new BookingChanged(sequence, tenant, id, offering, raw.Customer, status, new BookingTimes(provider, start, end, bf, bu),
                    raw is { OldProvider: { } op, OldStart: { } os, OldEnd: { } oe, OldBlockedFrom: { } obf, OldBlockedUntil: { } obu }
                        ? new BookingTimes(op, os, oe, obf, obu)
                        : null),
            "membership" when raw.User is { } user => new MembershipChanged(sequence, tenant, user),
            "tenant" when raw.Slug is { } slug => new TenantChanged(sequence, tenant, slug, raw.PreviousSlug),
            "booking_settings" => new BookingSettingsChanged(sequence, tenant),
            "busy" when raw.Provider is { } busyProvider => new BusyTimesChanged(sequence, tenant, busyProvider, raw.Start, raw.End),
            _ => null,
        };
    }

    private sealed class Raw
    {
        [JsonPropertyName("k")] public string? Kind { get; init; }
        [JsonPropertyName("t")] public Guid? Tenant { get; init; }
        [JsonPropertyName("id")] public Guid? Id { get; init; }
        [JsonPropertyName("o")] public Guid? Offering { get; init; }
        [JsonPropertyName("p")] public Guid? Provider { get; init; }
        [JsonPropertyName("c")] public Guid? Customer { get; init; }
        [JsonPropertyName("u")] public Guid? User { get; init; }
        [JsonPropertyName("s")] public string? Status { get; init; }
        [JsonPropertyName("st")] public DateTimeOffset? Start { get; init; }
        [JsonPropertyName("en")] public DateTimeOffset? End { get; init; }
        [JsonPropertyName("bf")] public DateTimeOffset? BlockedFrom { get; init; }
        [JsonPropertyName("bu")] public DateTimeOffset? BlockedUntil { get; init; }
        [JsonPropertyName("slug")] public string? Slug { get; init; }
        [JsonPropertyName("old_slug")] public string? PreviousSlug { get; init; }
        [JsonPropertyName("op")] public Guid? OldProvider { get; init; }
        [JsonPropertyName("ost")] public DateTimeOffset? OldStart { get; init; }
        [JsonPropertyName("oen")] public DateTimeOffset? OldEnd { get; init; }
        [JsonPropertyName("obf")] public DateTimeOffset? OldBlockedFrom { get; init; }
        [JsonPropertyName("obu")] public DateTimeOffset? OldBlockedUntil { get; init; }
    }
}
