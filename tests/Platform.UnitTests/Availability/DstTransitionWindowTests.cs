using Platform.Api.Features.Availability.Domain;
using static Platform.UnitTests.Availability.SlotKit;

namespace Platform.UnitTests.Availability;

/// <summary>Windows that contain the transition itself: skipped local times offer nothing, repeated ones offer both instants.</summary>
public class DstTransitionWindowTests
{
    private static IReadOnlyList<Slot> Slots(string zone, string date, int startMinute, int endMinute, int length, int interval) =>
        SlotCalculator.ForProvider(
            Rules(length, interval),
            Calendar(Daily(Zone(zone), new MinuteRange(startMinute, endMinute))),
            Query(LocalDay(zone, date)));

    [Fact]
    public void New_york_midnight_to_four_on_spring_forward_day_skips_the_missing_two_oclock()
    {
        var slots = Slots("America/New_York", "2026-03-08", 0, Minute(4), 60, 60);

        Assert.Equal(Instants("2026-03-08T00:00-05:00", "2026-03-08T01:00-05:00", "2026-03-08T03:00-04:00"), Starts(slots));
        Assert.Equal(Instants("2026-03-08T05:00Z", "2026-03-08T06:00Z", "2026-03-08T07:00Z"), Starts(slots));
    }

    [Fact]
    public void New_york_midnight_to_four_on_fall_back_day_offers_one_oclock_twice()
    {
        var slots = Slots("America/New_York", "2026-11-01", 0, Minute(4), 60, 60);

        Assert.Equal(
            Instants("2026-11-01T00:00-04:00", "2026-11-01T01:00-04:00", "2026-11-01T01:00-05:00", "2026-11-01T02:00-05:00", "2026-11-01T03:00-05:00"),
            Starts(slots));
        Assert.Equal(
            Instants("2026-11-01T04:00Z", "2026-11-01T05:00Z", "2026-11-01T06:00Z", "2026-11-01T07:00Z", "2026-11-01T08:00Z"),
            Starts(slots));
    }

    [Fact]
    public void New_york_half_hourly_grid_over_the_repeated_hour_gives_every_half_hour_of_real_time_once()
    {
        var slots = Slots("America/New_York", "2026-11-01", 0, Minute(4), 60, 30);

        Assert.Equal(Every("2026-11-01T04:00Z", 30, 9), Starts(slots));
        Assert.Equal(At("2026-11-01T03:00-05:00"), slots[^1].Start);
    }

    [Fact]
    public void A_session_spanning_the_gap_lasts_its_real_length()
    {
        var slots = Slots("America/New_York", "2026-03-08", Minute(1), Minute(5), 120, 60);

        Assert.Equal(Instants("2026-03-08T01:00-05:00", "2026-03-08T03:00-04:00"), Starts(slots));
        Assert.Equal(At("2026-03-08T04:00-04:00"), slots[0].End);
        Assert.Equal(At("2026-03-08T05:00-04:00"), slots[1].End);
    }

    [Fact]
    public void London_midnight_to_three_on_spring_forward_day_skips_one_oclock()
    {
        var slots = Slots("Europe/London", "2026-03-29", 0, Minute(3), 60, 60);

        Assert.Equal(Instants("2026-03-29T00:00+00:00", "2026-03-29T02:00+01:00"), Starts(slots));
    }

    [Fact]
    public void London_midnight_to_three_on_fall_back_day_offers_one_oclock_twice()
    {
        var slots = Slots("Europe/London", "2026-10-25", 0, Minute(3), 60, 60);

        Assert.Equal(
            Instants("2026-10-25T00:00+01:00", "2026-10-25T01:00+01:00", "2026-10-25T01:00+00:00", "2026-10-25T02:00+00:00"),
            Starts(slots));
        Assert.Equal(Instants("2026-10-24T23:00Z", "2026-10-25T00:00Z", "2026-10-25T01:00Z", "2026-10-25T02:00Z"), Starts(slots));
    }

    [Fact]
    public void Lord_howe_half_hour_grid_skips_the_missing_two_oclock_on_its_spring_forward_day()
    {
        var slots = Slots("Australia/Lord_Howe", "2026-10-04", Minute(1), Minute(4), 30, 30);

        Assert.Equal(
            Instants("2026-10-04T01:00+10:30", "2026-10-04T01:30+10:30", "2026-10-04T02:30+11:00", "2026-10-04T03:00+11:00", "2026-10-04T03:30+11:00"),
            Starts(slots));
        Assert.Equal(Every("2026-10-03T14:30Z", 30, 5), Starts(slots));
    }

    [Fact]
    public void Lord_howe_hour_long_sessions_on_a_half_hour_grid_fit_the_shortened_window()
    {
        var slots = Slots("Australia/Lord_Howe", "2026-10-04", Minute(1), Minute(4), 60, 30);

        Assert.Equal(
            Instants("2026-10-04T01:00+10:30", "2026-10-04T01:30+10:30", "2026-10-04T02:30+11:00", "2026-10-04T03:00+11:00"),
            Starts(slots));
        Assert.Equal(At("2026-10-04T03:00+11:00"), slots[1].End);
    }

    [Fact]
    public void Lord_howe_half_hour_grid_offers_the_repeated_half_hour_twice_on_its_fall_back_day()
    {
        var slots = Slots("Australia/Lord_Howe", "2026-04-05", Minute(1), Minute(3), 30, 30);

        Assert.Equal(
            Instants("2026-04-05T01:00+11:00", "2026-04-05T01:30+11:00", "2026-04-05T01:30+10:30", "2026-04-05T02:00+10:30", "2026-04-05T02:30+10:30"),
            Starts(slots));
        Assert.Equal(Every("2026-04-04T14:00Z", 30, 5), Starts(slots));
    }

    [Fact]
    public void Kolkata_has_no_transition_so_midnight_to_four_gives_four_slots()
    {
        var slots = Slots("Asia/Kolkata", "2026-03-08", 0, Minute(4), 60, 60);

        Assert.Equal(Every("2026-03-07T18:30Z", 60, 4), Starts(slots));
    }
}
