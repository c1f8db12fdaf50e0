using NodaTime;
using Platform.Api.Features.Availability.Domain;
using static Platform.UnitTests.Availability.SlotKit;

namespace Platform.UnitTests.Availability;

public class SlotDateOverrideTests
{
    // 2026-06-01 is a Monday, 2026-06-07 a Sunday.
    private static readonly InstantRange FirstWeekOfJune = Range("2026-06-01T00:00Z", "2026-06-08T00:00Z");

    private static ProviderCalendar WeekdaysNineToEleven(params DateOverride[] overrides) => Calendar(new WeeklyAvailability(
        DateTimeZone.Utc,
        AllDays.Where(d => d is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)).Select(d => new WeeklyWindow(d, Hours(9, 11))),
        overrides));

    private static IReadOnlyList<Instant> StartsOn(ProviderCalendar calendar, string date) =>
        Starts(SlotCalculator.ForProvider(Rules(), calendar, Query(LocalDay("UTC", date))));

    [Fact]
    public void Override_hours_replace_the_weekday_hours()
    {
        var calendar = WeekdaysNineToEleven(new DateOverride(Date("2026-06-02"), [Hours(14, 16)]));

        Assert.Equal(Instants("2026-06-02T14:00Z", "2026-06-02T15:00Z"), StartsOn(calendar, "2026-06-02"));
    }

    [Fact]
    public void Override_with_several_windows_offers_each()
    {
        var calendar = WeekdaysNineToEleven(new DateOverride(Date("2026-06-02"), [Hours(8, 9), Hours(18, 20)]));

        Assert.Equal(Instants("2026-06-02T08:00Z", "2026-06-02T18:00Z", "2026-06-02T19:00Z"), StartsOn(calendar, "2026-06-02"));
    }

    [Fact]
    public void An_empty_override_is_a_day_off()
    {
        var calendar = WeekdaysNineToEleven(new DateOverride(Date("2026-06-03"), []));

        Assert.Empty(StartsOn(calendar, "2026-06-03"));
        Assert.Equal(8, SlotCalculator.ForProvider(Rules(), calendar, Query(FirstWeekOfJune)).Count);
    }

    [Fact]
    public void An_override_opens_a_day_without_weekly_hours()
    {
        var calendar = WeekdaysNineToEleven(new DateOverride(Date("2026-06-07"), [Hours(10, 12)]));

        Assert.Equal(Instants("2026-06-07T10:00Z", "2026-06-07T11:00Z"), StartsOn(calendar, "2026-06-07"));
    }

    [Fact]
    public void An_override_changes_only_its_own_date()
    {
        var calendar = WeekdaysNineToEleven(new DateOverride(Date("2026-06-02"), [Hours(14, 16)]));

        var slots = SlotCalculator.ForProvider(Rules(), calendar, Query(FirstWeekOfJune));

        Assert.Equal(
            Instants(
                "2026-06-01T09:00Z", "2026-06-01T10:00Z",
                "2026-06-02T14:00Z", "2026-06-02T15:00Z",
                "2026-06-03T09:00Z", "2026-06-03T10:00Z",
                "2026-06-04T09:00Z", "2026-06-04T10:00Z",
                "2026-06-05T09:00Z", "2026-06-05T10:00Z"),
            Starts(slots));
    }

    [Fact]
    public void Override_hours_are_local_to_the_providers_zone()
    {
        var calendar = Calendar(new WeeklyAvailability(
            Zone("Europe/London"),
            [],
            [new DateOverride(Date("2026-10-25"), [Hours(9, 11)])]));

        var slots = SlotCalculator.ForProvider(Rules(), calendar, Query(LocalDay("Europe/London", "2026-10-25")));

        Assert.Equal(Instants("2026-10-25T09:00+00:00", "2026-10-25T10:00+00:00"), Starts(slots));
    }
}
