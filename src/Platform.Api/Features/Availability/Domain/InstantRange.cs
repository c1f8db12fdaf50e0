using NodaTime;

namespace Platform.Api.Features.Availability.Domain;

/// <summary>A half-open span of time [Start, End). Touching ranges do not overlap.</summary>
public readonly record struct InstantRange
{
    public InstantRange(Instant start, Instant end)
    {
        if (end < start)
            throw new ArgumentException($"Range ends ({end}) before it starts ({start}).", nameof(end));
        Start = start;
        End = end;
    }

    public Instant Start { get; }

    public Instant End { get; }

    public Duration Length => End - Start;

    /// <summary>
    /// Shares some instant with <paramref name="other"/>. An empty range holds no instant, so overlaps nothing (a zero-length
    /// calendar event blocks no slot).
    /// </summary>
    public bool Overlaps(InstantRange other) => Start < other.End && other.Start < End && Start < End && other.Start < other.End;

    public bool Contains(InstantRange other) => Start <= other.Start && other.End <= End;

    public bool Contains(Instant instant) => Start <= instant && instant < End;

    public InstantRange Widen(Duration before, Duration after) => new(Start - before, End + after);

    public override string ToString() => $"[{Start}, {End})";
}
