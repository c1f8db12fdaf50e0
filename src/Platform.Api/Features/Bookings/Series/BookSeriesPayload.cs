using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Bookings.Series;

public sealed record BookSeriesPayload(BookingSeries? Series, IReadOnlyList<SeriesOccurrence> Occurrences) : Payload
{
    public Cart? Cart { get; init; }

    public bool Replayed { get; init; }
}
