using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Bookings;

public sealed record BookingPayload(Booking? Booking) : Payload
{
    /// <summary>True when an idempotency key matched an earlier request and its booking came back unchanged.</summary>
    public bool Replayed { get; init; }

    public static BookingPayload Fail(UserError error) => new((Booking?)null) { UserErrors = [error] };

    public static BookingPayload Fail(string code, string message, string? field = null) => Fail(new UserError(code, message, field));
}

/// <summary>One asked-for occurrence of a series: booked, or why not.</summary>
public sealed record SeriesOccurrence(int Index, DateTimeOffset Start, Booking? Booking, UserError? Problem);

public sealed record BookSeriesPayload(BookingSeries? Series, IReadOnlyList<SeriesOccurrence> Occurrences) : Payload
{
    public Cart? Cart { get; init; }

    public bool Replayed { get; init; }
}

public sealed record CancelSeriesPayload(IReadOnlyList<Booking> Cancelled) : Payload;

public sealed record WaitlistPayload(WaitlistEntry? Entry) : Payload
{
    public Booking? Booking { get; init; }
}

public sealed record CartPayload(Cart? Cart) : Payload;

public sealed record BookingSettingsPayload(BookingSettings? Settings) : Payload;
