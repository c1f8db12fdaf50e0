namespace Platform.Api.Realtime;

/// <summary>
/// An in-process cache of database rows that every instance keeps coherent through the change feed:
/// <see cref="EventListener"/> hands it every committed change (pg_notify is delivered only on commit,
/// so a rolled-back change evicts nothing), and clears it whenever changes may have been missed
/// (the LISTEN connection was lost and is back).
/// </summary>
public interface ISharedCache
{
    /// <summary>Evicts what <paramref name="change"/> made stale; ignores the kinds of change it does not cache.</summary>
    void Evict(RealtimeEvent change);

    /// <summary>Evicts everything.</summary>
    void Clear();
}
