namespace Platform.Api.Realtime;

/// <summary>
/// The database side of real-time: triggers that call <c>pg_notify</c> in the writing transaction,
/// so a change is heard by every API instance exactly when (and only if) it commits. Triggers
/// rather than application calls: no code path that writes a booking can forget to publish.
/// Payloads carry ids and the tenant, never personal data; listeners reload what they may show.
/// The trigger functions themselves are SQL in the migrations (20261201093041_Realtime and later):
/// migrations are history, so a change to them is a new migration, not an edit here.
/// </summary>
public static class RealtimeTriggers
{
    /// <summary>The one channel every instance LISTENs on; events name their tenant.</summary>
    public const string Channel = "platform_events";
}
