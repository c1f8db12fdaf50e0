using System.Text.Json.Nodes;

namespace Platform.IntegrationTests.Stripe;

/// <summary>In which order completing a Checkout Session reports its news; Stripe does not promise one.</summary>
public enum FakeCheckoutOrder
{
    /// <summary>The intent's events (created, charge.succeeded, amount_capturable_updated), then checkout.session.completed.</summary>
    IntentEventsFirst,

    /// <summary>checkout.session.completed first, then the intent's events.</summary>
    SessionFirst,
}

/// <summary>Controls: what the customer, the bank and Stripe do on their side of a payment.</summary>
public sealed partial class StripeFake
{
    /// <summary>Someone other than the platform captures the authorization in full (the dashboard, a support agent).</summary>
    public Task<IReadOnlyList<FakeEvent>> CaptureOutOfBandAsync(string intentId) => ActAsync(() =>
    {
        var intent = _intents[intentId];
        if (intent.Status != "requires_capture")
            throw new InvalidOperationException($"Cannot capture a PaymentIntent that is {intent.Status}.");
        intent.AmountReceived = intent.AmountCapturable;
        intent.AmountCapturable = 0;
        intent.Status = "succeeded";
        if (intent.Destination is { } to) intent.TransferId = CreateTransfer(intent, to).Id;
        if (intent.CheckoutSessionId is { } sessionId) _sessions[sessionId].PaymentStatus = "paid";
        return [Event("charge.captured", intent.ChargeJson()), Event("payment_intent.succeeded", intent.ToJson(false))];
    });

    /// <summary>
    /// The customer pays with <paramref name="paymentMethodType"/> and it is authorized (manual capture:
    /// requires_capture). Cards get a capture_before; other methods do not (Stripe gives it for cards only,
    /// https://docs.stripe.com/payments/place-a-hold-on-a-payment-method).
    /// </summary>
    public Task<IReadOnlyList<FakeEvent>> AuthorizeAsync(string intentId, string paymentMethodType = "card") => ActAsync(() =>
    {
        var intent = _intents[intentId];
        if (intent.Status is not ("requires_payment_method" or "requires_confirmation" or "requires_action"))
            throw new InvalidOperationException($"Cannot authorize a PaymentIntent that is {intent.Status}.");
        Authorize(intent, paymentMethodType);
        return [Event("charge.succeeded", intent.ChargeJson()), Event("payment_intent.amount_capturable_updated", intent.ToJson(false))];
    });

    private void Authorize(FakePaymentIntent intent, string paymentMethodType)
    {
        intent.ChargeId ??= NewId("ch");
        intent.PaymentMethodType = paymentMethodType;
        intent.CaptureBefore = paymentMethodType == "card" ? Now() + AuthorizationValidity : null;
        intent.AmountCapturable = intent.Amount;
        intent.LastPaymentError = null;
        intent.Status = "requires_capture";
    }

    /// <summary>The card is declined: the intent goes back to requires_payment_method with the decline code.</summary>
    public Task<IReadOnlyList<FakeEvent>> DeclineAsync(string intentId, string code = "card_declined") => ActAsync(() =>
    {
        var intent = _intents[intentId];
        intent.LastPaymentError = code;
        intent.Status = "requires_payment_method";
        return [Event("payment_intent.payment_failed", intent.ToJson(false))];
    });

    /// <summary>
    /// The authorization lapsed uncaptured: "the funds are released and the payment status changes to canceled"
    /// (https://docs.stripe.com/payments/place-a-hold-on-a-payment-method), cancellation_reason automatic. The
    /// uncaptured charge expires — "marked as refunded", captured false (https://docs.stripe.com/api/charges/capture)
    /// — with charge.expired ("Occurs whenever an uncaptured charge expires"), then payment_intent.canceled.
    /// </summary>
    public Task<IReadOnlyList<FakeEvent>> LapseAsync(string intentId) => ActAsync(() => Lapse(_intents[intentId]));

    /// <summary>Lapses every authorization whose capture_before has passed by <see cref="Now"/>, as Stripe's own sweep would.</summary>
    public Task<IReadOnlyList<FakeEvent>> LapseDueAsync() => ActAsync(() =>
    {
        var now = Now();
        var due = _intents.Values.Where(i => i.Status == "requires_capture" && i.CaptureBefore <= now).OrderBy(i => i.Created).ToList();
        return [.. due.SelectMany(Lapse)];
    });

    private List<FakeEvent> Lapse(FakePaymentIntent intent)
    {
        if (intent.Status != "requires_capture")
            throw new InvalidOperationException($"Only an authorization lapses; this PaymentIntent is {intent.Status}.");
        ReleaseAuthorization(intent, "automatic");
        return [Event("charge.expired", intent.ChargeJson()), Event("payment_intent.canceled", intent.ToJson(false))];
    }

    /// <summary>The administrator finished onboarding: charges and payouts enabled, nothing due.</summary>
    public Task<IReadOnlyList<FakeEvent>> CompleteOnboardingAsync(string accountId, bool charges = true) => ActAsync(() =>
    {
        var account = _accounts[accountId];
        account.ChargesEnabled = charges;
        account.PayoutsEnabled = charges;
        account.DetailsSubmitted = true;
        account.CurrentlyDue = charges ? [] : ["individual.verification.document"];
        return [Event("account.updated", account.ToJson(), accountId)];
    });

    /// <summary>The account's state changes at Stripe and no event says so (a lost account.updated): for reconciliation tests.</summary>
    public void UpdateAccountSilently(string accountId, bool chargesEnabled)
    {
        lock (_gate)
        {
            var account = _accounts[accountId];
            account.ChargesEnabled = chargesEnabled;
            account.PayoutsEnabled = chargesEnabled;
        }
    }

    /// <summary>The platform's Connect application, as account.application.deauthorized names it.</summary>
    public string ApplicationId { get; } = NewId("ca");

    /// <summary>
    /// The account disconnects the platform: the Connect event account.application.deauthorized, whose account is
    /// the connected account and whose object is the application (https://docs.stripe.com/api/events/types,
    /// https://docs.stripe.com/api/applications/object). Afterwards the platform's calls naming the account fail.
    /// </summary>
    public Task<IReadOnlyList<FakeEvent>> DeauthorizeAsync(string accountId) => ActAsync(() =>
    {
        _accounts[accountId].Deauthorized = true;
        var application = new JsonObject { ["id"] = ApplicationId, ["object"] = "application", ["name"] = "Platform" };
        return [Event("account.application.deauthorized", application, accountId)];
    });

    /// <summary>
    /// The customer pays on the hosted page: the session's PaymentIntent is created and authorized by card. The
    /// session reads complete with the intent; payment_status stays unpaid until the capture, since "paid" means
    /// "the payment funds are available in your account" (https://docs.stripe.com/api/checkout/sessions/object).
    /// </summary>
    public Task<IReadOnlyList<FakeEvent>> CompleteCheckoutAsync(
        string sessionId, FakeCheckoutOrder order = FakeCheckoutOrder.IntentEventsFirst) =>
        ActAsync(() => CompleteCheckout(sessionId, order));

    private List<FakeEvent> CompleteCheckout(string sessionId, FakeCheckoutOrder order)
    {
        var session = _sessions[sessionId];
        if (session.Status != "open" || Now() >= session.ExpiresAt)
            throw new InvalidOperationException($"The session is {session.Status}.");
        var id = NewId("pi");
        var intent = new FakePaymentIntent
        {
            Id = id,
            Amount = session.AmountTotal,
            Currency = session.Currency,
            ApplicationFeeAmount = session.ApplicationFeeAmount,
            Destination = session.Destination,
            Metadata = new Dictionary<string, string>(session.IntentMetadata),
            ClientSecret = id + "_secret_x",
            CheckoutSessionId = sessionId,
            Created = Unix(),
        };
        _intents[id] = intent;
        var created = Event("payment_intent.created", intent.ToJson(false));
        Authorize(intent, "card");
        session.PaymentIntentId = id;
        session.Status = "complete";
        List<FakeEvent> intentEvents =
        [
            created,
            Event("charge.succeeded", intent.ChargeJson()),
            Event("payment_intent.amount_capturable_updated", intent.ToJson(false)),
        ];
        var completed = Event("checkout.session.completed", session.ToJson());
        return order == FakeCheckoutOrder.SessionFirst ? [completed, .. intentEvents] : [.. intentEvents, completed];
    }

    /// <summary>The session ran out on Stripe's side.</summary>
    public Task<IReadOnlyList<FakeEvent>> ExpireCheckoutAsync(string sessionId) => ActAsync(() =>
    {
        var session = _sessions[sessionId];
        session.Status = "expired";
        return [Event("checkout.session.expired", session.ToJson())];
    });

    /// <summary>A pending refund settles (or fails, and its amount is back on the charge).</summary>
    public Task<IReadOnlyList<FakeEvent>> SettleRefundAsync(
        string refundId, bool succeeded = true, string failureReason = "expired_or_canceled_card") =>
        ActAsync(() =>
        {
            var refund = _refunds[refundId];
            var intent = _intents[refund.PaymentIntentId];
            refund.Status = succeeded ? "succeeded" : "failed";
            if (!succeeded)
            {
                refund.FailureReason = failureReason;
                UndoShares(intent, refund);
                return [Event("refund.failed", refund.ToJson()), Event("refund.updated", refund.ToJson())];
            }
            return [Event("refund.updated", refund.ToJson()), Event("charge.refunded", intent.ChargeJson())];
        });

    /// <summary>
    /// Someone refunds in the Stripe Dashboard: no metadata, no key of the platform's, no transfer reversal or fee
    /// refund unless asked. The same events as an API refund: refund.created and, once it succeeds, charge.refunded.
    /// </summary>
    public Task<IReadOnlyList<FakeEvent>> RefundOutOfBandAsync(
        string intentId, long? amount = null, bool reverseTransfer = false, bool refundApplicationFee = false) =>
        ActAsync(() =>
        {
            var form = new Dictionary<string, string> { ["payment_intent"] = intentId };
            if (amount is { } a) form["amount"] = a.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (reverseTransfer) form["reverse_transfer"] = "true";
            if (refundApplicationFee) form["refund_application_fee"] = "true";
            var outcome = CreateRefund(form, outOfBand: true);
            if (outcome.Status != 200)
                throw new InvalidOperationException("The Dashboard refused the refund: " + outcome.Body.ToJsonString());
            return outcome.Events;
        });
}
