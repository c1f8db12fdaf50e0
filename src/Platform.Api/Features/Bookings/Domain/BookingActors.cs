namespace Platform.Api.Features.Bookings.Domain;

public static class BookingActors
{
    /// <summary>The organization's side of a booking: a host cancellation refunds in full.</summary>
    public static bool IsHost(this BookingActor actor) =>
        actor is BookingActor.Provider or BookingActor.Administrator or BookingActor.Staff;
}
