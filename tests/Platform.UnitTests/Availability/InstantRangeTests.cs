using NodaTime;
using Platform.Api.Features.Availability.Domain;
using static Platform.UnitTests.Availability.SlotKit;

namespace Platform.UnitTests.Availability;

public class InstantRangeTests
{
    private static readonly InstantRange TenToEleven = Range("2026-06-01T10:00Z", "2026-06-01T11:00Z");

    [Fact]
    public void A_range_ending_before_it_starts_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new InstantRange(At("2026-06-01T11:00Z"), At("2026-06-01T10:00Z")));

        Assert.Equal("end", error.ParamName);
    }

    [Fact]
    public void An_empty_range_is_allowed_and_has_zero_length()
    {
        var empty = new InstantRange(At("2026-06-01T10:00Z"), At("2026-06-01T10:00Z"));

        Assert.Equal(Duration.Zero, empty.Length);
    }

    [Fact]
    public void Length_is_end_minus_start()
    {
        Assert.Equal(Duration.FromHours(1), TenToEleven.Length);
    }

    [Theory]
    [InlineData("2026-06-01T09:00Z", "2026-06-01T10:00Z", false)] // touches the start
    [InlineData("2026-06-01T11:00Z", "2026-06-01T12:00Z", false)] // touches the end
    [InlineData("2026-06-01T09:00Z", "2026-06-01T10:01Z", true)]
    [InlineData("2026-06-01T10:59Z", "2026-06-01T12:00Z", true)]
    [InlineData("2026-06-01T10:15Z", "2026-06-01T10:45Z", true)] // inside
    [InlineData("2026-06-01T09:00Z", "2026-06-01T12:00Z", true)] // around
    [InlineData("2026-06-01T10:00Z", "2026-06-01T11:00Z", true)] // equal
    [InlineData("2026-06-01T07:00Z", "2026-06-01T08:00Z", false)]
    public void Overlap_is_half_open_and_symmetric(string start, string end, bool expected)
    {
        var other = Range(start, end);

        Assert.Equal(expected, TenToEleven.Overlaps(other));
        Assert.Equal(expected, other.Overlaps(TenToEleven));
    }

    [Theory]
    [InlineData("2026-06-01T10:00Z", "2026-06-01T11:00Z", true)]
    [InlineData("2026-06-01T10:15Z", "2026-06-01T10:45Z", true)]
    [InlineData("2026-06-01T09:59Z", "2026-06-01T10:30Z", false)]
    [InlineData("2026-06-01T10:30Z", "2026-06-01T11:01Z", false)]
    public void A_range_contains_ranges_within_its_bounds(string start, string end, bool expected)
    {
        Assert.Equal(expected, TenToEleven.Contains(Range(start, end)));
    }

    [Theory]
    [InlineData("2026-06-01T10:00Z", true)]
    [InlineData("2026-06-01T10:59Z", true)]
    [InlineData("2026-06-01T11:00Z", false)]
    [InlineData("2026-06-01T09:59Z", false)]
    public void A_range_contains_its_start_but_not_its_end(string instant, bool expected)
    {
        Assert.Equal(expected, TenToEleven.Contains(At(instant)));
    }

    [Fact]
    public void Widen_moves_the_start_earlier_and_the_end_later()
    {
        var widened = TenToEleven.Widen(Duration.FromMinutes(15), Duration.FromMinutes(30));

        Assert.Equal(Range("2026-06-01T09:45Z", "2026-06-01T11:30Z"), widened);
    }

    [Fact]
    public void Ranges_with_the_same_bounds_are_equal()
    {
        Assert.Equal(Range("2026-06-01T10:00Z", "2026-06-01T11:00Z"), TenToEleven);
        Assert.NotEqual(Range("2026-06-01T10:00Z", "2026-06-01T11:01Z"), TenToEleven);
    }

    [Fact]
    public void ToString_shows_a_half_open_interval()
    {
        Assert.Equal("[2026-06-01T10:00:00Z, 2026-06-01T11:00:00Z)", TenToEleven.ToString());
    }

    [Fact]
    public void An_empty_range_overlaps_nothing_even_strictly_inside_another()
    {
        var hour = new InstantRange(Instant.FromUtc(2026, 6, 1, 10, 0), Instant.FromUtc(2026, 6, 1, 11, 0));
        var point = new InstantRange(Instant.FromUtc(2026, 6, 1, 10, 30), Instant.FromUtc(2026, 6, 1, 10, 30));
        Assert.False(hour.Overlaps(point));
        Assert.False(point.Overlaps(hour));
    }
}
