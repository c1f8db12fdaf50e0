using NodaTime;
using Platform.Api.Features.Availability.Domain;
using static Platform.UnitTests.Availability.SlotKit;

namespace Platform.UnitTests.Availability;

public class SlotRulesValidationTests
{
    private static readonly ProviderCalendar NineToFive = Calendar(Daily(DateTimeZone.Utc, Hours(9, 17)));

    private static readonly SlotQuery Monday = Query(Range("2026-06-01T00:00Z", "2026-06-02T00:00Z"));

    private static void AssertRejected(SlotRules rules)
    {
        var error = Assert.Throws<ArgumentException>(() => SlotCalculator.ForProvider(rules, NineToFive, Monday));
        Assert.Equal("rules", error.ParamName);
    }

    [Fact]
    public void A_zero_length_is_rejected() => AssertRejected(Rules() with { Length = Duration.Zero });

    [Fact]
    public void A_negative_length_is_rejected() => AssertRejected(Rules() with { Length = Duration.FromMinutes(-30) });

    [Fact]
    public void A_zero_interval_is_rejected() => AssertRejected(Rules() with { Interval = Duration.Zero });

    [Fact]
    public void A_negative_interval_is_rejected() => AssertRejected(Rules() with { Interval = Duration.FromMinutes(-15) });

    [Fact]
    public void An_interval_under_a_minute_is_rejected() => AssertRejected(Rules() with { Interval = Duration.FromSeconds(30) });

    [Fact]
    public void An_interval_that_is_not_whole_minutes_is_rejected() => AssertRejected(Rules() with { Interval = Duration.FromSeconds(90) });

    [Fact]
    public void Negative_buffers_notice_or_window_are_rejected()
    {
        AssertRejected(Rules() with { BufferBefore = Duration.FromMinutes(-5) });
        AssertRejected(Rules() with { BufferAfter = Duration.FromMinutes(-5) });
        AssertRejected(Rules() with { MinimumNotice = Duration.FromMinutes(-5) });
        AssertRejected(Rules() with { BookingWindow = Duration.FromDays(-1) });
    }

    [Fact]
    public void A_zero_capacity_is_rejected() => AssertRejected(Rules() with { Capacity = 0 });

    [Fact]
    public void A_negative_group_capacity_is_rejected() => AssertRejected(Group(-1));

    [Fact]
    public void Invalid_rules_are_rejected_even_when_nothing_could_be_offered()
    {
        var rules = Rules() with { Length = Duration.Zero };

        Assert.Throws<ArgumentException>(() => SlotCalculator.ForProvider(rules, NineToFive, Query(Range("2026-06-01T00:00Z", "2026-06-01T00:00Z"))));
    }

    [Fact]
    public void Invalid_rules_are_rejected_for_any_provider()
    {
        Assert.Throws<ArgumentException>(() => SlotCalculator.ForAnyProvider(Rules() with { Capacity = 0 }, [NineToFive], Monday));
    }

    [Fact]
    public void A_one_minute_interval_and_a_one_minute_length_are_valid()
    {
        var slots = SlotCalculator.ForProvider(Rules(1, 1), NineToFive, Query(Range("2026-06-01T09:00Z", "2026-06-01T09:10Z")));

        Assert.Equal(Every("2026-06-01T09:00Z", 1, 10), Starts(slots));
    }
}
