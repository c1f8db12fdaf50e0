namespace Platform.Api.Features.Availability.Domain;

/// <summary>Local clock minutes [StartMinute, EndMinute) within one day; 1440 means the following midnight.</summary>
public readonly record struct MinuteRange
{
    public const int MinutesPerDay = 24 * 60;

    public MinuteRange(int startMinute, int endMinute)
    {
        if (startMinute < 0 || endMinute > MinutesPerDay || endMinute <= startMinute)
            throw new ArgumentOutOfRangeException(
                nameof(endMinute),
                $"Invalid local time range {startMinute}..{endMinute}: it must lie within one day and end after it starts."
            );
        StartMinute = startMinute;
        EndMinute = endMinute;
    }

    public int StartMinute { get; }

    public int EndMinute { get; }

    /// <summary>Merges overlapping or touching ranges, so two rules 09–12 and 11–15 behave as 09–15.</summary>
    public static IReadOnlyList<MinuteRange> Normalize(IEnumerable<MinuteRange> ranges)
    {
        var merged = new List<MinuteRange>();
        foreach (var range in ranges.OrderBy(r => r.StartMinute))
        {
            if (merged.Count > 0 && range.StartMinute <= merged[^1].EndMinute)
                merged[^1] = new MinuteRange(merged[^1].StartMinute, Math.Max(merged[^1].EndMinute, range.EndMinute));
            else
                merged.Add(range);
        }
        return merged;
    }
}
