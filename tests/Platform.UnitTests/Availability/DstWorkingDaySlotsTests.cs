using NodaTime;
using Platform.Api.Features.Availability.Domain;
using static Platform.UnitTests.Availability.SlotKit;

namespace Platform.UnitTests.Availability;

/// <summary>
/// A provider working 09:00–17:00 every day, 60-minute sessions every 60 minutes, gets exactly eight
/// slots on and around every DST transition, at 09:00…16:00 local time with that day's offset.
/// </summary>
public class DstWorkingDaySlotsTests
{
    [Theory]
    // New York: EST −05:00, EDT −04:00; spring forward 2026-03-08 02:00→03:00, fall back 2026-11-01 02:00→01:00.
    [InlineData("America/New_York", "2026-03-07", "2026-03-07T09:00-05:00", "2026-03-07T14:00Z")]
    [InlineData("America/New_York", "2026-03-08", "2026-03-08T09:00-04:00", "2026-03-08T13:00Z")]
    [InlineData("America/New_York", "2026-03-09", "2026-03-09T09:00-04:00", "2026-03-09T13:00Z")]
    [InlineData("America/New_York", "2026-10-31", "2026-10-31T09:00-04:00", "2026-10-31T13:00Z")]
    [InlineData("America/New_York", "2026-11-01", "2026-11-01T09:00-05:00", "2026-11-01T14:00Z")]
    [InlineData("America/New_York", "2026-11-02", "2026-11-02T09:00-05:00", "2026-11-02T14:00Z")]
    // London: GMT +00:00, BST +01:00; spring forward 2026-03-29 01:00→02:00, fall back 2026-10-25 02:00→01:00.
    [InlineData("Europe/London", "2026-03-28", "2026-03-28T09:00+00:00", "2026-03-28T09:00Z")]
    [InlineData("Europe/London", "2026-03-29", "2026-03-29T09:00+01:00", "2026-03-29T08:00Z")]
    [InlineData("Europe/London", "2026-03-30", "2026-03-30T09:00+01:00", "2026-03-30T08:00Z")]
    [InlineData("Europe/London", "2026-10-24", "2026-10-24T09:00+01:00", "2026-10-24T08:00Z")]
    [InlineData("Europe/London", "2026-10-25", "2026-10-25T09:00+00:00", "2026-10-25T09:00Z")]
    [InlineData("Europe/London", "2026-10-26", "2026-10-26T09:00+00:00", "2026-10-26T09:00Z")]
    // Lord Howe: +10:30 standard, +11:00 DST; DST ends 2026-04-05 02:00→01:30, starts 2026-10-04 02:00→02:30.
    [InlineData("Australia/Lord_Howe", "2026-04-04", "2026-04-04T09:00+11:00", "2026-04-03T22:00Z")]
    [InlineData("Australia/Lord_Howe", "2026-04-05", "2026-04-05T09:00+10:30", "2026-04-04T22:30Z")]
    [InlineData("Australia/Lord_Howe", "2026-04-06", "2026-04-06T09:00+10:30", "2026-04-05T22:30Z")]
    [InlineData("Australia/Lord_Howe", "2026-10-03", "2026-10-03T09:00+10:30", "2026-10-02T22:30Z")]
    [InlineData("Australia/Lord_Howe", "2026-10-04", "2026-10-04T09:00+11:00", "2026-10-03T22:00Z")]
    [InlineData("Australia/Lord_Howe", "2026-10-05", "2026-10-05T09:00+11:00", "2026-10-04T22:00Z")]
    // Kolkata: +05:30 all year, including the days other zones change.
    [InlineData("Asia/Kolkata", "2026-03-08", "2026-03-08T09:00+05:30", "2026-03-08T03:30Z")]
    [InlineData("Asia/Kolkata", "2026-03-29", "2026-03-29T09:00+05:30", "2026-03-29T03:30Z")]
    [InlineData("Asia/Kolkata", "2026-10-04", "2026-10-04T09:00+05:30", "2026-10-04T03:30Z")]
    [InlineData("Asia/Kolkata", "2026-11-01", "2026-11-01T09:00+05:30", "2026-11-01T03:30Z")]
    public void Nine_to_five_gives_eight_hourly_slots_at_the_local_offset_of_the_day(string zone, string date, string nineLocal, string nineUtc)
    {
        var slots = SlotCalculator.ForProvider(Rules(), Calendar(Daily(zone, 9, 17)), Query(LocalDay(zone, date)));

        Assert.Equal(8, slots.Count);
        Assert.Equal(At(nineUtc), At(nineLocal));
        Assert.Equal(Every(nineUtc, 60, 8), Starts(slots));
        Assert.All(slots, s => Assert.Equal(s.Start + Duration.FromHours(1), s.End));
        Assert.All(slots, s => Assert.Equal(ProviderA, s.ProviderId));
        Assert.All(slots, s => Assert.Equal(1, s.RemainingSeats));
    }

    [Theory]
    [InlineData("America/New_York", "2026-03-08", "2026-03-08T16:00-04:00")]
    [InlineData("America/New_York", "2026-11-01", "2026-11-01T16:00-05:00")]
    [InlineData("Europe/London", "2026-03-29", "2026-03-29T16:00+01:00")]
    [InlineData("Europe/London", "2026-10-25", "2026-10-25T16:00+00:00")]
    [InlineData("Australia/Lord_Howe", "2026-04-05", "2026-04-05T16:00+10:30")]
    [InlineData("Australia/Lord_Howe", "2026-10-04", "2026-10-04T16:00+11:00")]
    public void The_last_slot_on_a_transition_day_starts_at_four_pm_local(string zone, string date, string fourLocal)
    {
        var slots = SlotCalculator.ForProvider(Rules(), Calendar(Daily(zone, 9, 17)), Query(LocalDay(zone, date)));

        Assert.Equal(At(fourLocal), slots[^1].Start);
    }

    [Fact]
    public void A_week_across_the_new_york_spring_forward_gives_eight_slots_a_day_shifting_by_one_utc_hour()
    {
        var range = Range("2026-03-05T00:00-05:00", "2026-03-12T00:00-04:00");

        var slots = SlotCalculator.ForProvider(Rules(), Calendar(Daily("America/New_York", 9, 17)), Query(range));

        Assert.Equal(56, slots.Count);
        Assert.Equal(
            Instants(
                "2026-03-05T14:00Z", "2026-03-06T14:00Z", "2026-03-07T14:00Z",
                "2026-03-08T13:00Z", "2026-03-09T13:00Z", "2026-03-10T13:00Z", "2026-03-11T13:00Z"),
            slots.Where((_, i) => i % 8 == 0).Select(s => s.Start));
    }
}
