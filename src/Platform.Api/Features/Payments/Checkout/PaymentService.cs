using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Api.Data;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Bookings.Data;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Bookings.Lifecycle;
using Platform.Api.Features.Payments.Accounts;
using Platform.Api.Features.Payments.Coordination;
using Platform.Api.Features.Payments.Domain;
using Platform.Api.Features.Payments.Webhooks;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Modules.Payments;

namespace Platform.Api.Features.Payments.Checkout;

/// <summary>
/// Starts paying for a hold or a cart: a PaymentIntent for Stripe Elements (web and mobile), or a hosted
/// Checkout Session. Each attempt is a <see cref="Payment"/> row written first, with a number that makes
/// the provider call's idempotency key; a retry of the call finds the attempt and reuses its intent or
/// session, so one attempt never creates two. A new attempt (the amount changed, the old session ran out)
/// takes the bookings over, and the old one is released.
/// </summary>
public sealed partial class PaymentService(
    PlatformDbContext db,
    BookingPaymentTransitions transitions,
    PaymentSubjects subjects,
    IBookingPayments readiness,
    IPaymentGateway gateway,
    PaymentCoordinator coordinator,
    StripeInboxService inbox,
    IServiceProvider services,
    TimeProvider clock,
    ILogger<PaymentService> logger
)
{
    /// <summary>Stripe's bounds on a Checkout Session's lifetime.</summary>
    public static readonly TimeSpan MinCheckoutLifetime = TimeSpan.FromMinutes(31);

    public static readonly TimeSpan MaxCheckoutLifetime = TimeSpan.FromHours(23);

    public async Task<StartPaymentPayload> StartAsync(
        PlatformUserContext caller,
        StartPaymentInput input,
        CancellationToken cancellationToken
    )
    {
        var (subject, error) = await subjects.ResolveAsync(caller, input.BookingId, input.CartId, input.GuestEmail, cancellationToken);
        if (subject is null)
            return FailStart(error!);
        if (await readiness.CheckCanTakePaymentsAsync(cancellationToken) is { } notReady)
            return FailStart(notReady);

        var (payment, problem) = await PrepareAsync(subject, PaymentChannel.Elements, null, cancellationToken);
        if (payment is null)
            return FailStart(problem!);
        try
        {
            PaymentIntentInfo intent;
            if (payment.PaymentIntentId is { } existing)
            {
                intent = await gateway.GetPaymentIntentAsync(existing, cancellationToken);
                await coordinator.ObserveAsync(payment.Id, intent, clock.GetDatabaseNow(), cancellationToken);
            }
            else
            {
                intent = await gateway.CreatePaymentIntentAsync(
                    new NewPaymentIntent(
                        payment.Amount,
                        payment.Currency,
                        payment.DestinationAccountId,
                        payment.ApplicationFee,
                        MetadataOf(payment),
                        DescriptionOf(subject),
                        $"intent:{subject.Id:N}:{payment.Attempt}"
                    ),
                    cancellationToken
                );
                await RecordIntentAsync(payment, intent.Id, IntentStatuses.FromStripe(intent.Status), cancellationToken);
            }
            return new StartPaymentPayload(
                await db.Payments.AsNoTracking().SingleAsync(p => p.Id == payment.Id, cancellationToken),
                intent.ClientSecret,
                gateway.PublishableKey
            );
        }
        catch (PaymentGatewayException e)
        {
            logger.LogWarning("Starting payment {Payment} failed at the provider ({Code})", payment.Id, e.Code);
            await AbandonAfterServerErrorAsync(payment, e, cancellationToken);
            return FailStart(ProviderError(e));
        }
    }

    public async Task<CheckoutSessionPayload> CreateCheckoutAsync(
        PlatformUserContext caller,
        CheckoutSessionInput input,
        CancellationToken cancellationToken
    )
    {
        if (!IsReturnUrl(input.SuccessUrl))
            return FailCheckout(new UserError("INVALID_URL", "successUrl must be an absolute http(s) URL.", "successUrl"));
        if (!IsReturnUrl(input.CancelUrl))
            return FailCheckout(new UserError("INVALID_URL", "cancelUrl must be an absolute http(s) URL.", "cancelUrl"));
        var (subject, error) = await subjects.ResolveAsync(caller, input.BookingId, input.CartId, input.GuestEmail, cancellationToken);
        if (subject is null)
            return FailCheckout(error!);
        if (await readiness.CheckCanTakePaymentsAsync(cancellationToken) is { } notReady)
            return FailCheckout(notReady);

        var (payment, problem) = await PrepareAsync(subject, PaymentChannel.Checkout, input, cancellationToken);
        if (payment is null)
            return FailCheckout(problem!);
        if (payment.CheckoutSessionId is not null)
            return new CheckoutSessionPayload(payment, payment.CheckoutUrl, payment.CheckoutExpiresAt);
        try
        {
            var lines = await LinesAsync(payment.Id, cancellationToken);
            var session = await gateway.CreateCheckoutSessionAsync(
                new NewCheckoutSession(
                    lines,
                    payment.Currency,
                    payment.DestinationAccountId,
                    payment.ApplicationFee,
                    MetadataOf(payment),
                    payment.CheckoutExpiresAt!.Value,
                    input.SuccessUrl,
                    input.CancelUrl,
                    await CustomerEmailAsync(payment.Id, cancellationToken),
                    $"checkout:{subject.Id:N}:{payment.Attempt}"
                ),
                cancellationToken
            );
            var now = clock.GetDatabaseNow();
            await db.RouteAsync(session.Id, payment.TenantId, StripeRoutes.CheckoutSession, now, cancellationToken);
            await db
                .Payments.Where(p => p.Id == payment.Id && p.CheckoutSessionId == null)
                .ExecuteUpdateAsync(
                    u =>
                        u.SetProperty(p => p.CheckoutSessionId, session.Id)
                            .SetProperty(p => p.CheckoutUrl, session.Url)
                            .SetProperty(p => p.Status, IntentStatus.RequiresPaymentMethod)
                            .SetProperty(p => p.UpdatedAt, now),
                    cancellationToken
                );
            return new CheckoutSessionPayload(
                await db.Payments.AsNoTracking().SingleAsync(p => p.Id == payment.Id, cancellationToken),
                session.Url,
                session.ExpiresAt
            );
        }
        catch (PaymentGatewayException e)
        {
            logger.LogWarning("Creating the checkout session of payment {Payment} failed at the provider ({Code})", payment.Id, e.Code);
            await AbandonAfterServerErrorAsync(payment, e, cancellationToken);
            return FailCheckout(ProviderError(e));
        }
    }

    /// <summary>
    /// Under the subject's lock: the attempt to use. The latest one when it is still open and covers exactly
    /// what is due by the same channel; otherwise a new attempt that takes the due bookings over.
    /// </summary>
    private async Task<(Payment? Payment, UserError? Error)> PrepareAsync(
        PaymentSubject subject,
        PaymentChannel channel,
        CheckoutSessionInput? checkout,
        CancellationToken cancellationToken
    )
    {
        db.ChangeTracker.Clear();
        var account = await db.PaymentAccounts.AsNoTracking().SingleAsync(cancellationToken);
        var plan = await FeePlans.LoadAsync(db, services.GetRequiredService<IOptions<PaymentOptions>>().Value, cancellationToken)
            ?? throw new InvalidOperationException("The organization has no payment account, so no fee plan.");
        List<Guid> superseded;
        Payment payment;
        try
        {
            await using var transaction = await db.BeginBookingTransactionAsync(cancellationToken);
            await subjects.LockAsync(subject, cancellationToken);
            var now = clock.GetDatabaseNow();
            var due = await subjects.DueAsync(subject, now, cancellationToken);
            if (due.Count == 0)
                return (null, new UserError("NOTHING_TO_PAY", "Nothing is due: the hold is already paid, free, released or expired."));
            var amount = due.Sum(b => b.PriceAmount);
            var currency = due[0].Currency;

            var latest = await db
                .Payments.Where(p => subject.BookingId != null ? p.BookingId == subject.BookingId : p.CartId == subject.CartId)
                .OrderByDescending(p => p.Attempt)
                .FirstOrDefaultAsync(cancellationToken);
            if (latest is not null && Reusable(latest, channel, amount, currency, due, now))
            {
                await transaction.CommitAsync(cancellationToken);
                return (latest, null);
            }

            payment = new Payment
            {
                Id = Guid.CreateVersion7(),
                BookingId = subject.BookingId,
                CartId = subject.CartId,
                Attempt = (latest?.Attempt ?? 0) + 1,
                Channel = channel,
                Amount = amount,
                Currency = currency,
                ApplicationFee = plan.FeeOn(amount, currency),
                // The fee is agreed now: the capture and the ledger use it whatever the plan becomes later.
                FeeBasisPoints = plan.BasisPoints,
                FeeFixedAmount = plan.FixedFor(currency),
                DestinationAccountId = account.StripeAccountId,
                Status = IntentStatus.Creating,
                CreatedAt = now,
                UpdatedAt = now,
            };
            if (channel == PaymentChannel.Checkout)
                payment.CheckoutExpiresAt = await ExtendForCheckoutAsync(subject, due, now, cancellationToken);
            db.Payments.Add(payment);
            superseded = [.. due.Select(b => b.PaymentId).OfType<Guid>().Distinct()];
            foreach (var booking in due)
            {
                transitions.AttachPayment(booking, payment.Id, now);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception e) when (BookingRules.IsTransientConflict(e))
        {
            return (null, BookingRules.TransientConflict());
        }

        foreach (var previous in superseded)
            await LetGoAsync(previous, cancellationToken);
        return (payment, null);
    }

    private static bool Reusable(
        Payment latest,
        PaymentChannel channel,
        long amount,
        string currency,
        List<Booking> due,
        DateTimeOffset now
    ) =>
        !latest.Status.IsFinal()
        && latest.Status != IntentStatus.RequiresCapture
        && latest.Decision == PaymentDecision.None
        && latest.Channel == channel
        && latest.Amount == amount
        && latest.Currency == currency
        && due.All(b => b.PaymentId == latest.Id)
        && (channel != PaymentChannel.Checkout || latest.CheckoutExpiresAt > now.AddMinutes(5));

    /// <summary>
    /// Stripe keeps a Checkout Session open for at least 30 minutes, and the session must not outlive the
    /// holds it pays for: holds ending sooner are extended to the session's end (the cart with them).
    /// </summary>
    private async Task<DateTimeOffset> ExtendForCheckoutAsync(
        PaymentSubject subject,
        List<Booking> due,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        var earliest = due.Min(b => b.HoldExpiresAt!.Value);
        var until = earliest < now + MinCheckoutLifetime ? now + MinCheckoutLifetime : earliest;
        if (until > now + MaxCheckoutLifetime)
            until = now + MaxCheckoutLifetime;
        foreach (var booking in due.Where(b => b.HoldExpiresAt < until))
            transitions.ExtendHold(booking, until);
        if (subject.CartId is { } cartId)
        {
            var cart = await db.Carts.SingleAsync(c => c.Id == cartId, cancellationToken);
            transitions.ExtendCart(cart, until);
        }
        return until;
    }
}
