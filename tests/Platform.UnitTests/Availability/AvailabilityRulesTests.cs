using Platform.Api.Features.Availability.Schedules;

namespace Platform.UnitTests.Availability;

public sealed class AvailabilityRulesTests
{
    [Theory]
    [InlineData("00:00", false, 0)]
    [InlineData("09:30", false, 570)]
    [InlineData("23:59", false, 1439)]
    [InlineData("24:00", true, 1440)]
    public void Valid_clock_times_parse_to_minutes_since_midnight(string text, bool isEnd, int expected) =>
        Assert.Equal(expected, AvailabilityRules.ParseMinute(text, isEnd));

    [Theory]
    [InlineData("24:00", false)]
    [InlineData("24:01", true)]
    [InlineData("9:00", false)]
    [InlineData("09:60", false)]
    [InlineData("-1:00", false)]
    [InlineData("09-00", false)]
    [InlineData("０９:００", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Malformed_or_out_of_range_times_are_rejected(string? text, bool isEnd) =>
        Assert.Null(AvailabilityRules.ParseMinute(text, isEnd));

    [Fact]
    public void A_range_that_ends_before_it_starts_explains_how_to_cross_midnight()
    {
        var (range, error) = AvailabilityRules.ParseRange("22:00", "02:00", "weeklyHours");
        Assert.Null(range);
        Assert.Equal("INVALID_TIME_RANGE", error!.Code);
        Assert.Contains("24:00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Minutes_format_back_to_clock_times() =>
        Assert.Equal(["00:00", "09:05", "24:00"], new[] { 0, 545, 1440 }.Select(AvailabilityRules.FormatMinute));
}
