using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Bookings.GraphQL;

public sealed record BookingPayload(Booking? Booking) : Payload
{
    /// <summary>True when an idempotency key matched an earlier request and its booking came back unchanged.</summary>
    public bool Replayed { get; init; }

    public static BookingPayload Fail(UserError error) => new((Booking?)null) { UserErrors = [error] };

    public static BookingPayload Fail(string code, string message, string? field = null) => Fail(new UserError(code, message, field));
}
