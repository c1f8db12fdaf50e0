using NodaTime;
using Platform.Api.Features.Availability.Domain;
using static Platform.UnitTests.Availability.SlotKit;

namespace Platform.UnitTests.Availability;

public class SortedRangesTests
{
    private static SortedRanges<string> Of(params (string Start, string End, string Name)[] items) =>
        new(items.Select(i => (Range(i.Start, i.End), i.Name)));

    [Fact]
    public void An_empty_index_overlaps_nothing()
    {
        var index = Of();

        Assert.Equal(0, index.Count);
        Assert.False(index.AnyOverlapping(Range("2026-06-01T00:00Z", "2026-06-02T00:00Z")));
    }

    [Fact]
    public void Count_is_the_number_of_items()
    {
        Assert.Equal(2, Of(("2026-06-01T10:00Z", "2026-06-01T11:00Z", "a"), ("2026-06-01T10:00Z", "2026-06-01T11:00Z", "b")).Count);
    }

    [Fact]
    public void Overlapping_items_come_back_in_start_order_whatever_the_input_order()
    {
        var index = Of(
            ("2026-06-01T14:00Z", "2026-06-01T15:00Z", "c"),
            ("2026-06-01T09:00Z", "2026-06-01T10:30Z", "a"),
            ("2026-06-01T10:00Z", "2026-06-01T12:00Z", "b"),
            ("2026-06-01T18:00Z", "2026-06-01T19:00Z", "d"));

        Assert.Equal(["a", "b", "c"], index.Overlapping(Range("2026-06-01T10:00Z", "2026-06-01T14:30Z")));
    }

    [Fact]
    public void Touching_items_do_not_overlap()
    {
        var index = Of(("2026-06-01T09:00Z", "2026-06-01T10:00Z", "before"), ("2026-06-01T11:00Z", "2026-06-01T12:00Z", "after"));

        Assert.Empty(index.Overlapping(Range("2026-06-01T10:00Z", "2026-06-01T11:00Z")));
    }

    [Fact]
    public void A_long_item_starting_well_before_the_query_is_still_found()
    {
        // The binary search starts one "longest item" before the query: a week-long blackout must not be skipped.
        var index = Of(
            ("2026-05-25T00:00Z", "2026-06-02T00:00Z", "week"),
            ("2026-05-31T10:00Z", "2026-05-31T11:00Z", "short"),
            ("2026-06-01T08:00Z", "2026-06-01T09:00Z", "morning"));

        Assert.Equal(["week"], index.Overlapping(Range("2026-06-01T12:00Z", "2026-06-01T13:00Z")));
    }

    [Fact]
    public void Items_ending_exactly_at_the_query_start_are_not_found()
    {
        var index = Of(("2026-06-01T08:00Z", "2026-06-01T12:00Z", "long"), ("2026-06-01T11:00Z", "2026-06-01T12:00Z", "short"));

        Assert.False(index.AnyOverlapping(Range("2026-06-01T12:00Z", "2026-06-01T13:00Z")));
    }

    [Fact]
    public void Results_match_a_linear_scan()
    {
        var start = At("2026-06-01T00:00Z");
        var items = Enumerable.Range(0, 60)
            .Select(i => (Range: new InstantRange(start + Duration.FromMinutes(i * 37 % 600), start + Duration.FromMinutes((i * 37 % 600) + 5 + (i * 13 % 180))), Item: i))
            .ToList();
        var index = new SortedRanges<int>(items);

        for (var minute = 0; minute < 800; minute += 7)
        {
            var query = new InstantRange(start + Duration.FromMinutes(minute), start + Duration.FromMinutes(minute + 20));
            var expected = items.Where(i => i.Range.Start < query.End && query.Start < i.Range.End).Select(i => i.Item).Order();

            Assert.Equal(expected, index.Overlapping(query).Order());
        }
    }
}
