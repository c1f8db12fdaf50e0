using Platform.Api.Features.Bookings.Domain;

namespace Platform.Api.Features.Bookings;

public sealed record ParticipantInput(string Name, string? Email);

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

public enum SeriesMode
{
    /// <summary>Book every occurrence or none.</summary>
    AllOrNothing,

    /// <summary>Book the occurrences that fit and report the others.</summary>
    BookWhatFits,
}

/// <summary>bookSeries' input: a hold's fields plus how often, how many times, and what to do with conflicts.</summary>
public sealed record BookSeriesInput
{
    public string OfferingId { get; init; } = "";

    public string? ProviderId { get; init; }

    public DateTimeOffset Start { get; init; }

    public int? DurationMinutes { get; init; }

    public int Seats { get; init; } = 1;

    public IReadOnlyList<ParticipantInput>? Participants { get; init; }

    public string? CustomerEmail { get; init; }

    public RecurrenceFrequency Frequency { get; init; }

    public int Occurrences { get; init; }

    public SeriesMode Mode { get; init; }

    /// <summary>The zone whose wall-clock time the occurrences keep; default the provider's.</summary>
    public string? TimeZone { get; init; }

    public string? CartId { get; init; }

    public string IdempotencyKey { get; init; } = "";
}

public sealed record JoinWaitlistInput
{
    public string OfferingId { get; init; } = "";

    public string ProviderId { get; init; } = "";

    public DateTimeOffset Start { get; init; }

    public int? DurationMinutes { get; init; }

    public int Seats { get; init; } = 1;

    public IReadOnlyList<ParticipantInput>? Participants { get; init; }
}

public sealed record BookingSettingsInput(int? HoldMinutes, int? ConfirmationMinutes, int? WaitlistOfferMinutes);

public enum BookingTimeframe
{
    Upcoming,
    Past,
}

/// <summary>Filters of the administrators' booking list; all optional, combined with AND.</summary>
public sealed record BookingFilter
{
    public IReadOnlyList<BookingStatus>? Statuses { get; init; }

    public string? ProviderId { get; init; }

    public string? OfferingId { get; init; }

    /// <summary>Bookings starting at or after this instant.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Bookings starting before this instant.</summary>
    public DateTimeOffset? To { get; init; }
}
