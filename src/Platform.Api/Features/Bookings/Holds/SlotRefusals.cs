using NodaTime;
using Platform.Api.Features.Availability.Domain;
using Platform.Api.Features.Availability.Slots;
using Platform.Api.Features.Offerings;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Bookings.Holds;

/// <summary>
/// The answer to a start that cannot be booked, naming the real reason: NOT_A_SLOT for a start the
/// offering never offers (off its grid, outside hours, blacked out, too soon, too far ahead), distinct
/// from SLOT_UNAVAILABLE (on offer, but another booking or a busy time holds it) and OCCURRENCE_FULL.
/// </summary>
public static class SlotRefusals
{
    public const string NotASlot = "NOT_A_SLOT";

    /// <summary>
    /// Why a start is not bookable: a group session that exists but lacks the seats says so (the customer
    /// can join its waitlist); otherwise the calendars say whether it was never a slot or is taken.
    /// </summary>
    public static async Task<UserError> WhyNotAsync(this SlotService slots, Offering offering, IReadOnlyList<Guid> providers,
        Instant start, Duration length, int seats, Guid? excludeBookingId, CancellationToken cancellationToken)
    {
        var fullSession = offering.Format == OfferingFormat.Group && await slots.FindSlotAsync(
            offering, providers, start, length, seats, excludeBookingId, cancellationToken, includeFull: true) is not null;
        if (fullSession)
            return new UserError("OCCURRENCE_FULL", "Not enough seats are left at this time; join the waitlist.", "seats");
        return For(offering, await slots.DiagnoseAsync(offering, providers, start, length, excludeBookingId, cancellationToken));
    }

    /// <summary>The user error for a verdict; a start found bookable after all was freed or taken in between: taken.</summary>
    public static UserError For(Offering offering, SlotVerdict verdict) => verdict switch
    {
        SlotVerdict.TooSoon => Refuse($"This offering must be booked at least {Describe(offering.MinimumNoticeMinutes)} ahead."),
        SlotVerdict.BeyondWindow => Refuse($"This offering can be booked at most {Describe(offering.BookingWindowDays * 24 * 60)} ahead."),
        SlotVerdict.OffGrid => Refuse($"Not one of this offering's starts: they are every {Describe(offering.SlotIntervalMinutes)}"
            + " from the start of the provider's hours. Pick a start from availableSlots."),
        SlotVerdict.OutsideHours => Refuse("Outside the provider's working hours: the whole session must fit in them."
            + " Pick a start from availableSlots."),
        SlotVerdict.BlackedOut => Refuse("That time is blacked out (closed) for this provider. Pick a start from availableSlots."),
        _ => HoldWriter.SlotTaken(),
    };

    private static UserError Refuse(string message) => new(NotASlot, message, "start");

    private static string Describe(int minutes) =>
        minutes % (24 * 60) == 0 ? Plural(minutes / (24 * 60), "day")
        : minutes % 60 == 0 ? Plural(minutes / 60, "hour")
        : Plural(minutes, "minute");

    private static string Plural(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";
}
