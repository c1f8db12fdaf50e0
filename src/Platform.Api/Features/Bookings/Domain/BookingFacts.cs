using NodaTime;

namespace Platform.Api.Features.Bookings.Domain;

/// <summary>What the state machine needs to know about a booking to judge an action.</summary>
public sealed record BookingFacts
{
    public required BookingStatus Status { get; init; }

    public PaymentStatus Payment { get; init; } = PaymentStatus.None;

    public required Instant Start { get; init; }

    public required Instant End { get; init; }

    /// <summary>When a HELD booking stops holding its slot.</summary>
    public Instant? HoldExpiresAt { get; init; }

    /// <summary>When an AWAITING_HOST booking expires if the host stays silent.</summary>
    public Instant? ConfirmationExpiresAt { get; init; }

    /// <summary>Customers may reschedule while the start is at least this far away.</summary>
    public Duration RescheduleCutoff { get; init; } = Duration.Zero;

    /// <summary>
    /// The status as of <paramref name="now"/>: a hold or a pending confirmation whose time ran out is
    /// EXPIRED at once, before any job writes it down.
    /// </summary>
    public BookingStatus EffectiveStatus(Instant now) => Effective(Status, HoldExpiresAt, ConfirmationExpiresAt, now);

    public static BookingStatus Effective(BookingStatus status, Instant? holdExpiresAt, Instant? confirmationExpiresAt, Instant now) =>
        status switch
        {
            BookingStatus.Held when holdExpiresAt is null || holdExpiresAt <= now => BookingStatus.Expired,
            BookingStatus.AwaitingHost when confirmationExpiresAt is { } deadline && deadline <= now => BookingStatus.Expired,
            _ => status,
        };
}
