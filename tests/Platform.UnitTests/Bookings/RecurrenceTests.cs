using NodaTime;
using Platform.Api.Features.Bookings.Domain;

namespace Platform.UnitTests.Bookings;

/// <summary>Series keep their wall-clock time across DST and month lengths.</summary>
public sealed class RecurrenceTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static Instant At(DateTimeZone zone, int y, int m, int d, int h, int min = 0) => zone.AtStrictly(new LocalDateTime(y, m, d, h, min)).ToInstant();

    [Fact]
    public void Weekly_occurrences_stay_at_ten_in_london_across_the_october_change()
    {
        var starts = Recurrence.Starts(At(London, 2026, 10, 15, 10), London, RecurrenceFrequency.Weekly, 3);
        Assert.Equal([new LocalDateTime(2026, 10, 15, 10, 0), new LocalDateTime(2026, 10, 22, 10, 0), new LocalDateTime(2026, 10, 29, 10, 0)], starts.Select(s => s.InZone(London).LocalDateTime));
        Assert.Equal(Duration.FromHours(7 * 24 + 1), starts[2] - starts[1]);
    }

    [Fact]
    public void Biweekly_skips_a_week()
    {
        var starts = Recurrence.Starts(At(NewYork, 2026, 1, 5, 9), NewYork, RecurrenceFrequency.Biweekly, 3);
        Assert.Equal([new LocalDate(2026, 1, 5), new LocalDate(2026, 1, 19), new LocalDate(2026, 2, 2)], starts.Select(s => s.InZone(NewYork).Date));
    }

    [Fact]
    public void Monthly_on_the_31st_clamps_to_short_months_and_returns_to_the_31st()
    {
        var starts = Recurrence.Starts(At(London, 2027, 1, 31, 18), London, RecurrenceFrequency.Monthly, 4);
        Assert.Equal([new LocalDate(2027, 1, 31), new LocalDate(2027, 2, 28), new LocalDate(2027, 3, 31), new LocalDate(2027, 4, 30)], starts.Select(s => s.InZone(London).Date));
        Assert.All(starts, s => Assert.Equal(new LocalTime(18, 0), s.InZone(London).TimeOfDay));
    }

    [Fact]
    public void A_time_missing_on_the_spring_forward_day_moves_to_when_the_clocks_resume()
    {
        // 02:30 does not exist in New York on 8 March 2026.
        var starts = Recurrence.Starts(At(NewYork, 2026, 3, 1, 2, 30), NewYork, RecurrenceFrequency.Weekly, 2);
        Assert.Equal(new LocalDateTime(2026, 3, 8, 3, 0), starts[1].InZone(NewYork).LocalDateTime);
    }

    [Fact]
    public void A_time_repeated_on_the_fall_back_day_takes_the_earlier_instant()
    {
        var starts = Recurrence.Starts(At(NewYork, 2026, 10, 25, 1, 30), NewYork, RecurrenceFrequency.Weekly, 2);
        Assert.Equal(Offset.FromHours(-4), starts[1].InZone(NewYork).Offset);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(53)]
    public void Counts_outside_one_to_fifty_two_are_refused(int count) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Recurrence.Starts(Instant.FromUtc(2026, 1, 1, 0, 0), London, RecurrenceFrequency.Weekly, count));
}
