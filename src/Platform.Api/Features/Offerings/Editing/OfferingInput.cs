namespace Platform.Api.Features.Offerings.Editing;

/// <summary>
/// Create takes every field (defaults fill the omitted ones); update changes only the fields given.
/// Provider ids are global ids of Provider nodes.
/// </summary>
public sealed record OfferingInput
{
    public string? Name { get; init; }

    public string? Description { get; init; }

    public OfferingKind? Kind { get; init; }

    public OfferingFormat? Format { get; init; }

    public int? Capacity { get; init; }

    public IReadOnlyList<int>? DurationsMinutes { get; init; }

    public int? BufferBeforeMinutes { get; init; }

    public int? BufferAfterMinutes { get; init; }

    public int? MinimumNoticeMinutes { get; init; }

    public int? BookingWindowDays { get; init; }

    public int? SlotIntervalMinutes { get; init; }

    public bool? RequiresConfirmation { get; init; }

    public bool? AllowsGuests { get; init; }

    public LocationKind? LocationKind { get; init; }

    public string? LocationDetail { get; init; }

    public string? VideoProvider { get; init; }

    public CancellationPolicyInput? CancellationPolicy { get; init; }

    public IReadOnlyList<string>? ProviderIds { get; init; }
}
