using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Api.Data;
using Platform.Api.Features.Notifications;
using Platform.Api.Features.Notifications.Outbox;

namespace Platform.Api.Features.Integrations.Webhooks.Dispatch;

/// <summary>
/// Counts an endpoint's failures in a row (atomically: sends run in parallel) and resets them on a success. An endpoint
/// failing for <see cref="WebhooksOptions.DisableAfterHours"/> or <see cref="WebhooksOptions.DisableAfterConsecutiveFailures"/>
/// calls is disabled, and a <c>webhook_endpoint.disabled</c> outbox event (the administrators' email) is written in
/// the same transaction; only the call that disabled it writes one.
/// </summary>
public sealed class WebhookEndpointHealth(PlatformDbContext db, IOptions<WebhooksOptions> options, TimeProvider clock)
{
    public async Task SucceededAsync(Guid endpointId, CancellationToken cancellationToken) =>
        await db.WebhookEndpoints
            .Where(e => e.Id == endpointId && (e.ConsecutiveFailures != 0 || e.FailingSince != null))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ConsecutiveFailures, 0).SetProperty(e => e.FailingSince, (DateTimeOffset?)null),
                cancellationToken);

    public async Task FailedAsync(Guid endpointId, string error, CancellationToken cancellationToken)
    {
        var now = clock.GetDatabaseNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.WebhookEndpoints
            .Where(e => e.Id == endpointId)
            .ExecuteUpdateAsync(s => s
                    .SetProperty(e => e.ConsecutiveFailures, e => e.ConsecutiveFailures + 1)
                    .SetProperty(e => e.FailingSince, e => e.FailingSince ?? now),
                cancellationToken);
        var endpoint = await db.WebhookEndpoints.AsNoTracking().SingleOrDefaultAsync(e => e.Id == endpointId, cancellationToken);
        if (endpoint is null || !endpoint.Enabled)
        {
            await transaction.CommitAsync(cancellationToken);
            return;
        }

        var settings = options.Value;
        string? reason = null;
        if (endpoint.ConsecutiveFailures >= settings.DisableAfterConsecutiveFailures)
            reason = $"Disabled after {endpoint.ConsecutiveFailures} failed calls in a row. Last: {error}";
        else if (endpoint.FailingSince is { } since && now - since >= TimeSpan.FromHours(settings.DisableAfterHours))
            reason = $"Disabled after failing since {since:u}. Last: {error}";
        if (reason is not null)
        {
            if (reason.Length > 500) reason = reason[..500];
            var disabled = await db.WebhookEndpoints
                .Where(e => e.Id == endpointId && e.Enabled)
                .ExecuteUpdateAsync(s => s
                        .SetProperty(e => e.Enabled, false)
                        .SetProperty(e => e.DisabledReason, reason)
                        .SetProperty(e => e.UpdatedAt, now),
                    cancellationToken);
            if (disabled == 1)
            {
                db.OutboxEvents.Add(Outbox.New(endpoint.TenantId, OutboxEventTypes.WebhookEndpointDisabled, now,
                    new WebhookEndpointDisabledData(endpoint.Id, endpoint.Url, reason)));
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
