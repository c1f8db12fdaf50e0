namespace Platform.Api.Features.Bookings.Expiry;

/// <summary>Which due bookings to expire: a provider's time range, one occurrence, or all.</summary>
public sealed record ExpiryScope
{
    public Guid? ProviderId { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? Until { get; init; }

    public Guid? OccurrenceId { get; init; }

    /// <summary>The sweep skips rows another transaction holds; a writer that needs the slot waits for them.</summary>
    public bool SkipLocked { get; init; }

    public int Limit { get; init; } = 1000;

    public static ExpiryScope ProviderRange(Guid providerId, DateTimeOffset from, DateTimeOffset until) =>
        new() { ProviderId = providerId, From = from, Until = until };
}
