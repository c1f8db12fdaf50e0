using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;

namespace Platform.Api.Features.Calendars.Sync;

/// <summary>
/// Tells live booking pages that a provider's outside busy times changed: one <c>pg_notify</c> on the realtime channel
/// in the writing transaction (delivered on commit, never for a rollback), naming the provider and the span that changed
/// (null: anything may have). Booking rows announce themselves by trigger; busy times are written only by sync, here.
/// </summary>
public sealed class BusyTimesNotifier
{
    public async Task NotifyAsync(
        PlatformDbContext db, Guid providerId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["k"] = "busy",
            ["t"] = db.CurrentTenantId,
            ["p"] = providerId,
            ["st"] = from,
            ["en"] = to,
        });
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify('platform_events', {payload})", cancellationToken);
    }
}
