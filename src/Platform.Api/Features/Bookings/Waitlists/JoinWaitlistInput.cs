using Platform.Api.Features.Bookings.Holds;

namespace Platform.Api.Features.Bookings.Waitlists;

public sealed record JoinWaitlistInput
{
    public string OfferingId { get; init; } = "";

    public string ProviderId { get; init; } = "";

    public DateTimeOffset Start { get; init; }

    public int? DurationMinutes { get; init; }

    public int Seats { get; init; } = 1;

    public IReadOnlyList<ParticipantInput>? Participants { get; init; }
}
