using NodaTime;
using Platform.Api.Features.Availability.Domain;
using Platform.Api.Features.Bookings.Domain;

namespace Platform.UnitTests.Bookings;

public sealed class TimeSetsTests
{
    private static readonly Instant Day = Instant.FromUtc(2026, 12, 1, 0, 0);

    private static InstantRange H(double from, double to) => new(Day + Duration.FromMinutes(from * 60), Day + Duration.FromMinutes(to * 60));

    [Fact]
    public void Union_merges_overlapping_and_touching_ranges_and_drops_empty_ones() =>
        Assert.Equal([H(9, 13), H(14, 15)], TimeSets.Union([H(11, 13), H(9, 11), H(10, 12), H(14, 15), H(16, 16)]));

    [Fact]
    public void Intersect_keeps_what_both_sides_cover() =>
        Assert.Equal([H(9.5, 10), H(11, 12)], TimeSets.Intersect([H(9, 10), H(11, 13)], [H(9.5, 12)]));

    [Fact]
    public void Subtract_cuts_holes_and_ends() =>
        Assert.Equal([H(9, 10), H(11, 12)], TimeSets.Subtract([H(9, 13)], [H(10, 11), H(12, 14)]));

    [Fact]
    public void Length_counts_shared_time_once() =>
        Assert.Equal(Duration.FromHours(3), TimeSets.Length([H(9, 11), H(10, 12)]));
}
