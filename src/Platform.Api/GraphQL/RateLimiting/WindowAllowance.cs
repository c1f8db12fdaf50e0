namespace Platform.Api.GraphQL.RateLimiting;

/// <summary>
/// One instance's share of one partition's current window: the permits it has claimed from the shared counter and
/// not used yet, until when (this instance's clock), and whether the cluster has none left. Claims are made one at
/// a time (<see cref="Claiming"/>).
/// </summary>
public sealed class WindowAllowance
{
    private readonly Lock _lock = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private DateTimeOffset _until = DateTimeOffset.MinValue;
    private int _remaining;
    private int _used;
    private bool _exhausted;

    public SemaphoreSlim Claiming { get; } = new(1, 1);

    /// <summary>When the window this allowance holds permits of ends.</summary>
    public DateTimeOffset Until
    {
        get
        {
            lock (_lock) return _until;
        }
    }

    public TakeResult TryTake(DateTimeOffset now)
    {
        lock (_lock)
        {
            // Permits left over from an ended window are worth nothing: the next claim finds (or starts) the new one.
            if (now >= _until) return TakeResult.ClaimNeeded;
            if (_remaining > 0)
            {
                _remaining--;
                _used++;
                return TakeResult.Taken;
            }

            return _exhausted ? TakeResult.Refused : TakeResult.ClaimNeeded;
        }
    }

    /// <summary>Adds claimed permits; <paramref name="exhausted"/> says the cluster has none left in this window.</summary>
    public void Add(WindowClaim claim, bool exhausted)
    {
        lock (_lock)
        {
            if (claim.WindowStart < _windowStart) return;
            if (claim.WindowStart > _windowStart)
            {
                _windowStart = claim.WindowStart;
                _remaining = 0;
                _used = 0;
                _exhausted = false;
            }

            _until = claim.Until;
            _remaining += claim.Granted;
            _exhausted |= exhausted;
        }
    }

    /// <summary>
    /// The shared counter cannot be reached: until the window ends this instance limits alone, as if it were the only
    /// one (the limit minus what it used), rather than refusing everything or asking again on every request.
    /// </summary>
    public void LimitLocally(DateTimeOffset now, TimeSpan length, int limit)
    {
        lock (_lock)
        {
            if (now >= _until)
            {
                _windowStart = now;
                _until = now + length;
                _used = 0;
            }

            _remaining = Math.Max(0, limit - _used);
            _exhausted = true;
        }
    }
}
