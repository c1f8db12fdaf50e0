namespace Platform.Api.Features.Bookings.Holds;

/// <summary>What holdBooking and bookSeries both ask: what, with whom, when, how many, for whom, in which cart.</summary>
public sealed record BookingAsk(
    string OfferingId,
    string? ProviderId,
    DateTimeOffset Start,
    int? DurationMinutes,
    int Seats,
    IReadOnlyList<ParticipantInput>? Participants,
    string IdempotencyKey
)
{
    public string? GuestEmail { get; init; }

    public string? GuestName { get; init; }

    public string? CustomerEmail { get; init; }

    public string? CartId { get; init; }
}
