using Platform.Api.Features.Offerings;
using Platform.Api.Features.Offerings.Domain;
using Platform.Api.Features.Offerings.Editing;

namespace Platform.UnitTests.Offerings;

public sealed class OfferingRulesTests
{
    private static Offering Valid()
    {
        var offering = OfferingRules.NewOffering();
        offering.Name = "Lesson";
        offering.SlotIntervalMinutes = 30;
        return offering;
    }

    private static IEnumerable<string> Codes(Offering offering) => OfferingRules.Check(offering).Select(e => e.Code);

    [Fact]
    public void The_defaults_are_a_valid_offering() => Assert.Empty(Codes(Valid()));

    [Theory]
    [InlineData(0, "INVALID_BUFFER")]
    [InlineData(1, "INVALID_NOTICE")]
    [InlineData(2, "INVALID_BOOKING_WINDOW")]
    [InlineData(3, "INVALID_SLOT_INTERVAL")]
    [InlineData(4, "INVALID_DURATIONS")]
    [InlineData(5, "INVALID_CAPACITY")]
    [InlineData(6, "INVALID_VIDEO_PROVIDER")]
    [InlineData(7, "INVALID_CANCELLATION_POLICY")]
    [InlineData(8, "INVALID_NAME")]
    public void Each_limit_is_reported_with_its_code(int breach, string code)
    {
        var offering = Valid();
        Action<Offering> mutate = breach switch
        {
            0 => o => o.BufferAfterMinutes = -1,
            1 => o => o.MinimumNoticeMinutes = OfferingRules.MaxNoticeMinutes + 1,
            2 => o => o.BookingWindowDays = OfferingRules.MaxBookingWindowDays + 1,
            3 => o => o.SlotIntervalMinutes = 4,
            4 => o => o.DurationsMinutes = [30, 30],
            5 => o => { o.Format = OfferingFormat.Group; o.Capacity = OfferingRules.MaxCapacity + 1; },
            6 => o => o.VideoProvider = "Zoom Meetings",
            7 => o => o.RefundTiers = [new RefundTierEntry(60, 100), new RefundTierEntry(1440, 50)],
            _ => o => o.Name = new string('x', 201),
        };
        mutate(offering);
        Assert.Contains(code, Codes(offering));
    }

    [Fact]
    public void Update_applies_only_given_fields_and_switching_to_one_to_one_resets_capacity()
    {
        var offering = Valid();
        offering.Format = OfferingFormat.Group;
        offering.Capacity = 10;
        offering.BufferBeforeMinutes = 5;
        OfferingRules.Apply(offering, new OfferingInput { Format = OfferingFormat.OneToOne, DurationsMinutes = [90, 45] });
        Assert.Equal(1, offering.Capacity);
        Assert.Equal(5, offering.BufferBeforeMinutes);
        Assert.Equal([45, 90], offering.DurationsMinutes);
    }

    [Fact]
    public void The_policy_is_rebuilt_longest_notice_first()
    {
        var offering = Valid();
        OfferingRules.Apply(offering, new OfferingInput { CancellationPolicy = new CancellationPolicyInput([new RefundTierInput(120, 50), new RefundTierInput(1440, 100)], 60) });
        var policy = OfferingRules.PolicyOf(offering);
        Assert.Equal([100, 50], policy.Tiers.Select(t => t.RefundPercent));
        Assert.Equal(NodaTime.Duration.FromMinutes(60), policy.RescheduleCutoff);
    }
}
