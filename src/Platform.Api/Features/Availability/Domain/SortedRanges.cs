using NodaTime;

namespace Platform.Api.Features.Availability.Domain;

/// <summary>
/// Ranges sorted by start, answering "which of them overlap this range?" with a binary search
/// instead of a scan: a 30-day query checks ~1,500 candidate slots against thousands of bookings.
/// </summary>
public sealed class SortedRanges<T>
{
    private readonly (InstantRange Range, T Item)[] _items;
    private readonly Duration _longest;

    public SortedRanges(IEnumerable<(InstantRange Range, T Item)> items)
    {
        _items = [.. items.OrderBy(i => i.Range.Start)];
        _longest = _items.Length == 0 ? Duration.Zero : _items.Max(i => i.Range.Length);
    }

    public int Count => _items.Length;

    /// <summary>Every item whose range overlaps <paramref name="range"/>, in start order.</summary>
    public IEnumerable<T> Overlapping(InstantRange range)
    {
        // No item starting before (range.Start - longest) can reach range.Start.
        for (var i = FirstStartingAtOrAfter(range.Start - _longest); i < _items.Length && _items[i].Range.Start < range.End; i++)
        {
            if (_items[i].Range.Overlaps(range)) yield return _items[i].Item;
        }
    }

    public bool AnyOverlapping(InstantRange range) => Overlapping(range).Any();

    private int FirstStartingAtOrAfter(Instant instant)
    {
        int low = 0, high = _items.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_items[middle].Range.Start < instant) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
