using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Api.Identity;

namespace Platform.Api.Features.Payments.Webhooks;

/// <summary>
/// The Stripe webhook inbox for platform administrators: what is pending or dead, with its attempts and last
/// error (never a payload), and a retry for a dead event once its cause is mended.
/// </summary>
public sealed class WebhookInbox(PlatformDbContext db, PlatformAdministrators administrators, StripeInboxService inbox)
{
    public const int MaxPageSize = 200;

    public async Task<IReadOnlyList<StripeEventRecord>> ListAsync(
        PlatformUserContext caller,
        WebhookInboxState state,
        int first,
        CancellationToken cancellationToken
    )
    {
        if (!await administrators.IsAsync(caller.UserId, cancellationToken))
            throw new global::GraphQL.ExecutionError("Only platform administrators see the webhook inbox.") { Code = "FORBIDDEN" };
        var query = db.StripeEvents.AsNoTracking();
        query = state switch
        {
            WebhookInboxState.Dead => query.Where(e => e.DeadAt != null),
            WebhookInboxState.Processed => query.Where(e => e.ProcessedAt != null),
            _ => query.Where(e => e.ProcessedAt == null && e.DeadAt == null),
        };
        return await query.OrderByDescending(e => e.ReceivedAt).Take(Math.Clamp(first, 1, MaxPageSize)).ToListAsync(cancellationToken);
    }

    public async Task<WebhookInboxPayload> RetryAsync(PlatformUserContext caller, string eventId, CancellationToken cancellationToken)
    {
        if (!await administrators.IsAsync(caller.UserId, cancellationToken))
            return new WebhookInboxPayload(null)
            {
                UserErrors = [new UserError("FORBIDDEN", "Only platform administrators retry webhook events.")],
            };
        var found = await db.StripeEvents.AnyAsync(e => e.EventId == eventId && e.ProcessedAt == null, cancellationToken);
        if (!found)
            return new WebhookInboxPayload(null)
            {
                UserErrors = [new UserError("NOT_FOUND", "No unprocessed event with that id.", "eventId")],
            };
        await db
            .StripeEvents.Where(e => e.EventId == eventId)
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.Attempts, 0), cancellationToken);
        await inbox.RedeliveredAsync(eventId, cancellationToken);
        return new WebhookInboxPayload(await db.StripeEvents.AsNoTracking().SingleAsync(e => e.EventId == eventId, cancellationToken));
    }
}
