using Hangfire;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Modules.Payments;
using Platform.Tenancy;

namespace Platform.Api.Features.Payments;

/// <summary>
/// Processes one stored webhook: routes it to its organization by the Stripe object it is about (never by
/// its metadata), applies it there through the payment state rules, and marks it processed. A failure is
/// recorded (type and message only) and retried by Hangfire; applying twice changes nothing.
/// </summary>
public sealed class ProcessStripeEventJob(PlatformDbContext db, ICurrentTenant currentTenant, IServiceScopeFactory scopes, TimeProvider clock, ILogger<ProcessStripeEventJob> logger)
{
    [AutomaticRetry(Attempts = 10, DelaysInSeconds = [1, 2, 5, 10, 30, 60, 300, 900, 1800, 3600])]
    public async Task RunAsync(string eventId, CancellationToken cancellationToken)
    {
        var record = await db.StripeEvents.AsNoTracking().SingleOrDefaultAsync(e => e.EventId == eventId, cancellationToken);
        if (record is null || record.ProcessedAt is not null) return;
        var parsed = StripeWebhooks.Parse(record.Payload)!;
        var organization = StripeEventProcessor.Handles(parsed.Type) ? await RouteAsync(parsed, record.Endpoint, cancellationToken) : null;
        string outcome;
        try
        {
            if (!StripeEventProcessor.Handles(parsed.Type)) outcome = "ignored: not a type the platform acts on";
            else if (organization is null) outcome = "unrouted: no organization owns this object";
            else
            {
                // The organization changes here, in this method's own flow; the scope below runs under it.
                using (currentTenant.Change(organization))
                {
                    await using var scope = scopes.CreateAsyncScope();
                    outcome = await scope.ServiceProvider.GetRequiredService<StripeEventProcessor>().ApplyAsync(parsed, cancellationToken);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await db.StripeEvents.Where(r => r.EventId == eventId).ExecuteUpdateAsync(u => u
                .SetProperty(r => r.Attempts, r => r.Attempts + 1)
                .SetProperty(r => r.OrganizationId, organization)
                .SetProperty(r => r.LastError, Describe(e)), cancellationToken);
            logger.LogWarning("Processing Stripe event {EventId} ({Type}) failed; it will be retried: {Error}", eventId, parsed.Type, Describe(e));
            throw;
        }

        await db.StripeEvents.Where(r => r.EventId == eventId).ExecuteUpdateAsync(u => u
            .SetProperty(r => r.Attempts, r => r.Attempts + 1)
            .SetProperty(r => r.OrganizationId, organization)
            .SetProperty(r => r.Outcome, outcome)
            .SetProperty(r => r.ProcessedAt, clock.GetDatabaseNow()), cancellationToken);
    }

    /// <summary>
    /// Connect events belong to the connected account's organization; platform events to the organization
    /// that created their PaymentIntent or Checkout Session.
    /// </summary>
    private async Task<Guid?> RouteAsync(PaymentEvent parsed, WebhookEndpoint endpoint, CancellationToken cancellationToken)
    {
        if (endpoint == WebhookEndpoint.Connect || parsed.ObjectType == "account")
            return await db.OrganizationOfAsync(parsed.AccountId ?? parsed.ObjectId, cancellationToken);
        if (parsed.ObjectType == "checkout.session")
            return await db.OrganizationOfAsync(parsed.ObjectId, cancellationToken) ?? await db.OrganizationOfAsync(parsed.PaymentIntentId, cancellationToken);
        return await db.OrganizationOfAsync(parsed.PaymentIntentId, cancellationToken);
    }

    private static string Describe(Exception e)
    {
        var text = $"{e.GetType().Name}: {e.Message}";
        return text.Length > 1000 ? text[..1000] : text;
    }
}
