using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Bookings.Series;

public sealed record CancelSeriesPayload(IReadOnlyList<Booking> Cancelled) : Payload;
