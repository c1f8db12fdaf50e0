namespace Platform.IntegrationTests.Infrastructure;

/// <summary>
/// The host's clock: real time plus an offset a test may move, to see holds expire without waiting.
/// Tests of the shared host run one at a time, and every shift is undone when its scope ends.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;
    private long _frozenTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() =>
        Interlocked.Read(ref _frozenTicks) is var frozen and not 0 ? new DateTimeOffset(frozen, TimeSpan.Zero) : base.GetUtcNow() + Offset;

    /// <summary>Stops the clock at <paramref name="at"/> until the returned scope is disposed: for exact boundaries.</summary>
    public IDisposable Freeze(DateTimeOffset at)
    {
        Interlocked.Exchange(ref _frozenTicks, at.UtcTicks);
        return new Thaw(this);
    }

    /// <summary>Moves the clock forward by <paramref name="by"/> until the returned scope is disposed.</summary>
    public IDisposable Advance(TimeSpan by)
    {
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        return new Undo(this, by);
    }

    private sealed class Thaw(TestClock clock) : IDisposable
    {
        public void Dispose() => Interlocked.Exchange(ref clock._frozenTicks, 0);
    }

    private sealed class Undo(TestClock clock, TimeSpan by) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) Interlocked.Add(ref clock._offsetTicks, -by.Ticks);
        }
    }
}
