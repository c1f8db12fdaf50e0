
namespace Platform.Api.Features.Bookings.Queries;

/// <summary>Filters of the administrators' booking list; all optional, combined with AND.</summary>
public sealed record BookingFilter
{
    public IReadOnlyList<BookingStatus>? Statuses { get; init; }

    public string? ProviderId { get; init; }

    public string? OfferingId { get; init; }

    /// <summary>Bookings starting at or after this instant.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Bookings starting before this instant.</summary>
    public DateTimeOffset? To { get; init; }
}
