using NodaTime;
using Platform.Api.Features.Availability.Domain;
using static Platform.UnitTests.Availability.SlotKit;

namespace Platform.UnitTests.Availability;

/// <summary>
/// The calculator works with instants: a viewer in another zone asking for a range that covers the
/// provider's working day sees exactly the instants the provider's own zone gives.
/// </summary>
public class ViewerZoneTests
{
    private static readonly ProviderCalendar SundaysInNewYork = Calendar(
        new WeeklyAvailability(Zone("America/New_York"), [new WeeklyWindow(IsoDayOfWeek.Sunday, Hours(9, 17))]));

    private static InstantRange Days(string zone, string firstDate, int days)
    {
        var tz = Zone(zone);
        var first = Date(firstDate);
        return new InstantRange(first.AtStartOfDayInZone(tz).ToInstant(), first.PlusDays(days).AtStartOfDayInZone(tz).ToInstant());
    }

    private static IReadOnlyList<Instant> StartsFor(InstantRange range) =>
        Starts(SlotCalculator.ForProvider(Rules(), SundaysInNewYork, Query(range)));

    [Theory]
    [InlineData("2026-03-08", "2026-03-08T13:00Z")] // spring-forward Sunday, EDT
    [InlineData("2026-11-01", "2026-11-01T14:00Z")] // fall-back Sunday, EST
    [InlineData("2026-06-07", "2026-06-07T13:00Z")]
    public void A_kolkata_viewer_covering_the_providers_day_gets_the_same_instants(string providerDate, string firstUtc)
    {
        var ownZone = StartsFor(Days("America/New_York", providerDate, 1));
        // The New York day lies within two Kolkata days (IST is 9h30 or 10h30 ahead).
        var kolkata = StartsFor(Days("Asia/Kolkata", providerDate, 2));

        Assert.Equal(Every(firstUtc, 60, 8), ownZone);
        Assert.Equal(ownZone, kolkata);
    }

    [Theory]
    [InlineData("2026-03-08", "2026-03-09", "2026-03-08T13:00Z")]
    [InlineData("2026-11-01", "2026-11-02", "2026-11-01T14:00Z")]
    public void An_auckland_viewer_whose_day_covers_the_providers_day_gets_the_same_instants(string providerDate, string aucklandDate, string firstUtc)
    {
        var ownZone = StartsFor(Days("America/New_York", providerDate, 1));
        // NZDT (+13:00): the Auckland day after the New York Sunday runs 11:00Z–11:00Z, around 13:00Z–22:00Z.
        var auckland = StartsFor(Days("Pacific/Auckland", aucklandDate, 1));

        Assert.Equal(Every(firstUtc, 60, 8), ownZone);
        Assert.Equal(ownZone, auckland);
    }

    [Fact]
    public void A_kolkata_day_ending_mid_afternoon_in_new_york_gets_the_slots_starting_before_it_ends()
    {
        // IST day 2026-03-08 is [2026-03-07T18:30Z, 2026-03-08T18:30Z): 14:30 EDT in New York.
        var range = Days("Asia/Kolkata", "2026-03-08", 1);

        Assert.Equal(Range("2026-03-08T00:00+05:30", "2026-03-09T00:00+05:30"), range);
        Assert.Equal(Every("2026-03-08T13:00Z", 60, 6), StartsFor(range));
    }
}
