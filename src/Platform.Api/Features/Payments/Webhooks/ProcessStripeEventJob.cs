using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Api.Data;
using Platform.Modules.Payments;
using Platform.Tenancy;

namespace Platform.Api.Features.Payments.Webhooks;

/// <summary>
/// Processes one stored webhook: claims it, routes it to its organization by the Stripe object it is about
/// (never by its metadata), applies it there through the payment state rules, and marks it processed. A
/// failure is recorded (type and message only) and retried; after the last retry the event is given up to a
/// dead letter a platform administrator can see and retry. Applying twice changes nothing.
/// </summary>
public sealed class ProcessStripeEventJob(
    PlatformDbContext db,
    ICurrentTenant currentTenant,
    IServiceScopeFactory scopes,
    StripeInboxService inbox,
    IOptions<PaymentOptions> options,
    TimeProvider clock,
    ILogger<ProcessStripeEventJob> logger
)
{
    [AutomaticRetry(
        Attempts = 10,
        DelaysInSeconds = [1, 2, 5, 10, 30, 60, 300, 900, 1800, 3600],
        OnAttemptsExceeded = AttemptsExceededAction.Delete
    )]
    public async Task RunAsync(string eventId, CancellationToken cancellationToken)
    {
        if (!await inbox.ClaimAsync(eventId, cancellationToken))
            return;
        var record = await db.StripeEvents.AsNoTracking().SingleAsync(e => e.EventId == eventId, cancellationToken);
        var parsed = StripeWebhooks.Parse(record.Payload)!;
        Guid? organization = null;
        string outcome;
        try
        {
            organization = StripeEventProcessor.Handles(parsed.Type) ? await RouteAsync(parsed, record.Endpoint, cancellationToken) : null;
            if (!StripeEventProcessor.Handles(parsed.Type))
                outcome = "ignored: not a type the platform acts on";
            else if (organization is null)
            {
                // A Checkout intent's events may come before checkout.session.completed links the intent: wait for it.
                if (MayBeLinkedLater(parsed, record))
                {
                    await inbox.WaitAsync(
                        eventId,
                        "waiting: no organization owns this object yet",
                        TimeSpan.FromMinutes(Math.Min(60, 1 << Math.Min(record.Attempts, 6))),
                        cancellationToken
                    );
                    return;
                }
                outcome = "unrouted: no organization owns this object";
            }
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
            var dead = await inbox.FailedAsync(eventId, organization, Describe(e), CancellationToken.None);
            if (dead)
            {
                logger.LogError(
                    "Stripe event {EventId} ({Type}) failed {Attempts} times and was given up: {Error}",
                    eventId,
                    parsed.Type,
                    options.Value.WebhookMaxAttempts,
                    Describe(e)
                );
                return;
            }
            logger.LogWarning(
                "Processing Stripe event {EventId} ({Type}) failed; it will be retried: {Error}",
                eventId,
                parsed.Type,
                Describe(e)
            );
            throw;
        }
        await inbox.DoneAsync(eventId, organization, outcome, cancellationToken);
    }

    /// <summary>
    /// Events of a payment intent (or its charge) nobody here knows yet that carry the metadata the platform puts on
    /// its Checkout intents, still young enough to be linked by the session's completion. The metadata only decides
    /// whether to wait — routing itself never trusts it — so an event about somebody else's intent is unrouted at once.
    /// </summary>
    private bool MayBeLinkedLater(PaymentEvent parsed, StripeEventRecord record) =>
        record.Endpoint == WebhookEndpoint.Platform
        && parsed.PaymentIntentId is not null
        && parsed.ObjectType is "payment_intent" or "charge"
        && parsed.Metadata.ContainsKey("payment_id")
        && clock.GetDatabaseNow() - record.ReceivedAt < TimeSpan.FromHours(options.Value.UnroutedRetryHours);

    /// <summary>
    /// Connect events belong to the connected account's organization; platform events to the organization
    /// that created their PaymentIntent or Checkout Session.
    /// </summary>
    private async Task<Guid?> RouteAsync(PaymentEvent parsed, WebhookEndpoint endpoint, CancellationToken cancellationToken)
    {
        if (endpoint == WebhookEndpoint.Connect || parsed.ObjectType == "account")
            return await db.OrganizationOfAsync(parsed.AccountId ?? parsed.ObjectId, cancellationToken);
        if (parsed.ObjectType == "checkout.session")
            return await db.OrganizationOfAsync(parsed.ObjectId, cancellationToken)
                ?? await db.OrganizationOfAsync(parsed.PaymentIntentId, cancellationToken);
        return await db.OrganizationOfAsync(parsed.PaymentIntentId, cancellationToken);
    }

    private static string Describe(Exception e)
    {
        var text = $"{e.GetType().Name}: {e.Message}";
        return text.Length > 1000 ? text[..1000] : text;
    }
}
