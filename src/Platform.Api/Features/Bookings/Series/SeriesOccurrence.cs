using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Bookings.Series;

/// <summary>One asked-for occurrence of a series: booked, or why not.</summary>
public sealed record SeriesOccurrence(int Index, DateTimeOffset Start, Booking? Booking, UserError? Problem);
