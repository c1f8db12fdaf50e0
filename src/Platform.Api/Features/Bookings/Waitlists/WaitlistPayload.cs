using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Bookings.Waitlists;

public sealed record WaitlistPayload(WaitlistEntry? Entry) : Payload
{
    public Booking? Booking { get; init; }
}
