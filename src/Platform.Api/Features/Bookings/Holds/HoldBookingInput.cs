
namespace Platform.Api.Features.Bookings.Holds;

/// <summary>holdBooking's input: where and when, for how many, for whom, and the retry key.</summary>
public sealed record HoldBookingInput
{
    public string OfferingId { get; init; } = "";

    /// <summary>Null for any provider who delivers the offering.</summary>
    public string? ProviderId { get; init; }

    public DateTimeOffset Start { get; init; }

    public int? DurationMinutes { get; init; }

    public int Seats { get; init; } = 1;

    public IReadOnlyList<ParticipantInput>? Participants { get; init; }

    public string? GuestEmail { get; init; }

    public string? GuestName { get; init; }

    /// <summary>Staff booking for someone else.</summary>
    public string? CustomerEmail { get; init; }

    public string? CartId { get; init; }

    public string IdempotencyKey { get; init; } = "";
}
