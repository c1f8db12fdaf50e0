using Platform.Api.Features.Availability.Domain;

namespace Platform.UnitTests.Availability;

public class MinuteRangeTests
{
    [Theory]
    [InlineData(0, 1440)]
    [InlineData(540, 1020)]
    [InlineData(1439, 1440)]
    [InlineData(0, 1)]
    public void Ranges_within_one_day_are_valid(int start, int end)
    {
        var range = new MinuteRange(start, end);

        Assert.Equal(start, range.StartMinute);
        Assert.Equal(end, range.EndMinute);
    }

    [Theory]
    [InlineData(-1, 60)]
    [InlineData(0, 1441)]
    [InlineData(600, 600)]
    [InlineData(600, 540)]
    [InlineData(1440, 1440)]
    public void Ranges_outside_one_day_or_not_ending_after_they_start_are_rejected(int start, int end)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MinuteRange(start, end));
    }

    [Fact]
    public void Normalize_merges_overlapping_ranges()
    {
        Assert.Equal([new MinuteRange(540, 900)], MinuteRange.Normalize([new(540, 720), new(660, 900)]));
    }

    [Fact]
    public void Normalize_merges_touching_ranges()
    {
        Assert.Equal([new MinuteRange(540, 900)], MinuteRange.Normalize([new(720, 900), new(540, 720)]));
    }

    [Fact]
    public void Normalize_keeps_separate_ranges_sorted()
    {
        Assert.Equal(
            [new MinuteRange(540, 720), new MinuteRange(780, 1020)],
            MinuteRange.Normalize([new(780, 1020), new(540, 720)]));
    }

    [Fact]
    public void Normalize_absorbs_contained_and_duplicate_ranges()
    {
        Assert.Equal(
            [new MinuteRange(480, 1080)],
            MinuteRange.Normalize([new(480, 1080), new(600, 660), new(480, 1080), new(1000, 1080)]));
    }

    [Fact]
    public void Normalize_of_nothing_is_nothing()
    {
        Assert.Empty(MinuteRange.Normalize([]));
    }
}
