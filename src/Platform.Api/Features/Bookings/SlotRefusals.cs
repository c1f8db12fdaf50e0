using NodaTime;
using Platform.Api.Features.Availability;
using Platform.Api.Features.Offerings;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Bookings;

public static class SlotRefusals
{
    /// <summary>
    /// Why a start is not bookable: a group session that exists but lacks the seats says so (the customer
    /// can join its waitlist); anything else is an unavailable slot.
    /// </summary>
    public static async Task<UserError> WhyNotAsync(this SlotService slots, Offering offering, IReadOnlyList<Guid> providers, Instant start, Duration length, int seats, Guid? excludeBookingId, CancellationToken cancellationToken) =>
        offering.Format == OfferingFormat.Group && await slots.FindSlotAsync(offering, providers, start, length, seats, excludeBookingId, cancellationToken, includeFull: true) is not null
            ? new UserError("OCCURRENCE_FULL", "Not enough seats are left at this time; join the waitlist.", "seats")
            : HoldWriter.SlotTaken();
}
