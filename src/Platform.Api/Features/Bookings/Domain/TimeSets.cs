using NodaTime;
using Platform.Api.Features.Availability.Domain;

namespace Platform.Api.Features.Bookings.Domain;

/// <summary>
/// Sets of instants as sorted, disjoint ranges: union, intersection, difference and total length.
/// Utilization is "booked ∩ available over available", and both sides overlap themselves freely
/// (group seats, windows that touch), so they are normalized first.
/// </summary>
public static class TimeSets
{
    /// <summary>Sorted, disjoint, non-empty ranges covering exactly the instants of <paramref name="ranges"/>.</summary>
    public static IReadOnlyList<InstantRange> Union(IEnumerable<InstantRange> ranges)
    {
        var merged = new List<InstantRange>();
        foreach (var range in ranges.Where(r => r.Length > Duration.Zero).OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
                merged[^1] = new InstantRange(merged[^1].Start, range.End > merged[^1].End ? range.End : merged[^1].End);
            else
                merged.Add(range);
        }
        return merged;
    }

    public static IReadOnlyList<InstantRange> Intersect(IEnumerable<InstantRange> a, IEnumerable<InstantRange> b)
    {
        var left = Union(a);
        var right = Union(b);
        var result = new List<InstantRange>();
        int i = 0, j = 0;
        while (i < left.Count && j < right.Count)
        {
            var start = left[i].Start > right[j].Start ? left[i].Start : right[j].Start;
            var end = left[i].End < right[j].End ? left[i].End : right[j].End;
            if (start < end) result.Add(new InstantRange(start, end));
            if (left[i].End < right[j].End) i++;
            else j++;
        }
        return result;
    }

    public static IReadOnlyList<InstantRange> Subtract(IEnumerable<InstantRange> from, IEnumerable<InstantRange> minus)
    {
        var result = new List<InstantRange>();
        var cuts = Union(minus);
        foreach (var range in Union(from))
        {
            var start = range.Start;
            foreach (var cut in cuts.Where(c => c.Overlaps(range)))
            {
                if (cut.Start > start) result.Add(new InstantRange(start, cut.Start));
                if (cut.End > start) start = cut.End;
            }
            if (start < range.End) result.Add(new InstantRange(start, range.End));
        }
        return result;
    }

    public static Duration Length(IEnumerable<InstantRange> ranges) =>
        Union(ranges).Aggregate(Duration.Zero, (total, r) => total + r.Length);
}
