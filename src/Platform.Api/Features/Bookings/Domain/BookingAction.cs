namespace Platform.Api.Features.Bookings.Domain;

/// <summary>Something someone asks of a booking. The state machine decides whether it may happen.</summary>
public enum BookingAction
{
    /// <summary>The host accepts a booking that awaits them.</summary>
    Confirm,

    /// <summary>The host turns down a booking that awaits them.</summary>
    Decline,

    Cancel,
    MarkCompleted,
    MarkNoShow,

    /// <summary>The clock: a hold or a host's confirmation ran out of time.</summary>
    Expire,

    /// <summary>
    /// A hold becomes a booking: paid for (payments), or accepted by its customer when nothing is due
    /// (a waitlist offer of a free session). Goes to AWAITING_HOST or CONFIRMED.
    /// </summary>
    Finalize,

    /// <summary>Moves the booking to another time; its status stays.</summary>
    Reschedule,

    /// <summary>
    /// The payment: the authorization lapsed before it was captured, so a booking that waited on it becomes a
    /// hold again, to be paid anew (a new payment attempt) or to expire like any hold.
    /// </summary>
    RequirePayment,
}
