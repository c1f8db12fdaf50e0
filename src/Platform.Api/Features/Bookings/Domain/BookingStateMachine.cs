using NodaTime;

namespace Platform.Api.Features.Bookings.Domain;

/// <summary>
/// The booking lifecycle: HELD → AWAITING_HOST → CONFIRMED → COMPLETED / NO_SHOW, with the exits
/// CANCELLED, DECLINED and EXPIRED. Every action names who may take it, from which statuses, and
/// what the clock must say. Pure: no database, no ASP.NET; every rule is unit-tested.
/// </summary>
public static class BookingStateMachine
{
    private static readonly Dictionary<BookingAction, BookingStatus[]> Sources = new()
    {
        [BookingAction.Confirm] = [BookingStatus.AwaitingHost],
        [BookingAction.Decline] = [BookingStatus.AwaitingHost],
        [BookingAction.Cancel] = [BookingStatus.Held, BookingStatus.AwaitingHost, BookingStatus.Confirmed],
        [BookingAction.MarkCompleted] = [BookingStatus.Confirmed],
        [BookingAction.MarkNoShow] = [BookingStatus.Confirmed],
        [BookingAction.Expire] = [BookingStatus.Held, BookingStatus.AwaitingHost],
        [BookingAction.Finalize] = [BookingStatus.Held],
        [BookingAction.Reschedule] = [BookingStatus.Held, BookingStatus.AwaitingHost, BookingStatus.Confirmed],
        [BookingAction.RequirePayment] = [BookingStatus.AwaitingHost, BookingStatus.Confirmed],
    };

    private static readonly Dictionary<BookingAction, BookingActor[]> Actors = new()
    {
        [BookingAction.Confirm] = [BookingActor.Provider, BookingActor.Administrator],
        [BookingAction.Decline] = [BookingActor.Provider, BookingActor.Administrator],
        [BookingAction.Cancel] = [BookingActor.Customer, BookingActor.Provider, BookingActor.Administrator, BookingActor.Staff],
        [BookingAction.MarkCompleted] = [BookingActor.Provider, BookingActor.Administrator, BookingActor.Staff],
        [BookingAction.MarkNoShow] = [BookingActor.Provider, BookingActor.Administrator, BookingActor.Staff],
        [BookingAction.Expire] = [BookingActor.System],
        [BookingAction.Finalize] = [BookingActor.Customer, BookingActor.System],
        [BookingAction.Reschedule] = [BookingActor.Customer, BookingActor.Provider, BookingActor.Administrator, BookingActor.Staff],
        [BookingAction.RequirePayment] = [BookingActor.System],
    };

    /// <summary>Statuses a booking never leaves.</summary>
    public static bool IsFinal(BookingStatus status) =>
        status
            is BookingStatus.Completed
                or BookingStatus.NoShow
                or BookingStatus.Cancelled
                or BookingStatus.Declined
                or BookingStatus.Expired;

    /// <summary>Who may take <paramref name="action"/>, whatever the booking's state.</summary>
    public static IReadOnlyList<BookingActor> ActorsFor(BookingAction action) => Actors[action];

    /// <summary>The statuses <paramref name="action"/> applies to.</summary>
    public static IReadOnlyList<BookingStatus> SourcesOf(BookingAction action) => Sources[action];

    /// <summary>
    /// Where <paramref name="action"/> takes a booking in <paramref name="from"/>: the status it ends in,
    /// or null when the action does not apply there. <paramref name="requiresConfirmation"/> decides
    /// where a finalized hold lands.
    /// </summary>
    public static BookingStatus? Target(BookingStatus from, BookingAction action, bool requiresConfirmation)
    {
        if (!Sources[action].Contains(from))
            return null;
        return action switch
        {
            BookingAction.Confirm => BookingStatus.Confirmed,
            BookingAction.Decline => BookingStatus.Declined,
            BookingAction.Cancel => BookingStatus.Cancelled,
            BookingAction.MarkCompleted => BookingStatus.Completed,
            BookingAction.MarkNoShow => BookingStatus.NoShow,
            BookingAction.Expire => BookingStatus.Expired,
            BookingAction.Finalize => requiresConfirmation ? BookingStatus.AwaitingHost : BookingStatus.Confirmed,
            BookingAction.Reschedule => from,
            BookingAction.RequirePayment => BookingStatus.Held,
            _ => null,
        };
    }

    /// <summary>
    /// Judges <paramref name="action"/> by <paramref name="actor"/> at <paramref name="now"/>: null when it
    /// may happen, else why not. The booking is judged by its effective status, so an expired hold is
    /// expired here even before a job has written it down.
    /// </summary>
    public static Refusal? Check(BookingFacts booking, BookingAction action, BookingActor actor, Instant now)
    {
        if (!Actors[action].Contains(actor))
            return new Refusal("NOT_ALLOWED", $"{Describe(actor)} cannot {Verb(action)} a booking.");

        // Expiry is judged on the stored status: it is the one action an effectively expired booking still needs.
        var status = action == BookingAction.Expire ? booking.Status : booking.EffectiveStatus(now);
        if (!Sources[action].Contains(status))
            return new Refusal("ILLEGAL_TRANSITION", $"This booking is {Name(status)}; it cannot be {Past(action)}.");

        return action switch
        {
            BookingAction.Expire when !booking.EffectiveStatus(now).Equals(BookingStatus.Expired) => new Refusal(
                "NOT_DUE",
                "The booking's time has not run out yet."
            ),
            BookingAction.MarkCompleted or BookingAction.MarkNoShow when now < booking.Start => new Refusal(
                "NOT_STARTED",
                "The session has not started yet."
            ),
            BookingAction.Cancel when actor == BookingActor.Customer && status != BookingStatus.Held && now >= booking.Start => new Refusal(
                "ALREADY_STARTED",
                "The session has already started; it can no longer be cancelled."
            ),
            BookingAction.Cancel when actor != BookingActor.Customer && now >= booking.End => new Refusal(
                "ALREADY_ENDED",
                "The session is over; mark it completed or a no-show instead."
            ),
            BookingAction.Reschedule when now >= booking.Start => new Refusal("ALREADY_STARTED", "The session has already started."),
            BookingAction.Reschedule when actor == BookingActor.Customer && !(booking.Start - now >= booking.RescheduleCutoff) =>
                new Refusal(
                    "RESCHEDULE_CUTOFF_PASSED",
                    $"Rescheduling closed {Hours(booking.RescheduleCutoff)} before the start; cancel instead, or ask the host."
                ),
            BookingAction.Finalize when actor == BookingActor.Customer && booking.Payment == PaymentStatus.RequiresPayment => new Refusal(
                "PAYMENT_REQUIRED",
                "This hold becomes a booking once it is paid for."
            ),
            _ => null,
        };
    }

    /// <summary>GraphQL spelling of a status, for messages.</summary>
    public static string Name(BookingStatus status) =>
        status switch
        {
            BookingStatus.AwaitingHost => "AWAITING_HOST",
            BookingStatus.NoShow => "NO_SHOW",
            _ => status.ToString().ToUpperInvariant(),
        };

    private static string Verb(BookingAction action) =>
        action switch
        {
            BookingAction.MarkCompleted => "mark completed",
            BookingAction.MarkNoShow => "mark as a no-show",
            _ => action.ToString().ToLowerInvariant(),
        };

    private static string Past(BookingAction action) =>
        action switch
        {
            BookingAction.Confirm => "confirmed",
            BookingAction.Decline => "declined",
            BookingAction.Cancel => "cancelled",
            BookingAction.MarkCompleted => "marked completed",
            BookingAction.MarkNoShow => "marked as a no-show",
            BookingAction.Expire => "expired",
            BookingAction.Finalize => "finalized",
            BookingAction.Reschedule => "rescheduled",
            BookingAction.RequirePayment => "asked to be paid again",
            _ => action.ToString().ToLowerInvariant(),
        };

    private static string Describe(BookingActor actor) =>
        actor switch
        {
            BookingActor.Customer => "The customer",
            BookingActor.Provider => "The provider",
            BookingActor.Administrator => "An administrator",
            BookingActor.Staff => "Staff",
            _ => "Platform",
        };

    private static string Hours(Duration duration) =>
        duration.TotalHours >= 1 && duration.TotalHours % 1 == 0 ? $"{duration.TotalHours:0} h" : $"{duration.TotalMinutes:0} min";
}
