using System.Text.Json.Nodes;

namespace Platform.IntegrationTests.Stripe;

/// <summary>Disputes and payouts: what the cardholder's bank and Stripe do to money already captured.</summary>
public sealed partial class StripeFake
{
    /// <summary>
    /// The dispute fee in the dispute's currency. Stripe charges 15.00 USD "(or the equivalent amount in your local
    /// currency)" per dispute and refunds it if you win (https://support.stripe.com/questions/dispute-fees-faq;
    /// the amount varies by region, https://docs.stripe.com/disputes/how-disputes-work). Without exchange rates the
    /// fake charges 15 major units of other currencies; set this for a region's exact figure.
    /// </summary>
    public Func<string, long> DisputeFee { get; set; } = currency => currency == "usd" ? 1500 : 15 * FakeCurrencies.MinorPerMajor(currency);

    /// <summary>
    /// The cardholder disputes the payment: a dispute of what is still captured (captured less refunded), status
    /// needs_response, with charge.dispute.created and then charge.dispute.funds_withdrawn, whose balance
    /// transaction takes the amount and the dispute fee (https://docs.stripe.com/api/disputes/object,
    /// https://docs.stripe.com/api/events/types#event_types-charge.dispute.funds_withdrawn).
    /// </summary>
    public Task<IReadOnlyList<FakeEvent>> DisputeAsync(string intentId, string reason = "fraudulent") => ActAsync(() =>
    {
        var intent = _intents[intentId];
        var amount = intent.AmountReceived - intent.AmountRefunded;
        if (intent.Status != "succeeded" || amount <= 0)
            throw new InvalidOperationException("Only money that was captured and not refunded can be disputed.");
        var dispute = new FakeDispute
        {
            Id = NewId("dp"),
            PaymentIntentId = intentId,
            ChargeId = intent.ChargeId!,
            Amount = amount,
            Currency = intent.Currency,
            Reason = reason,
            Created = Unix(),
        };
        _disputes[dispute.Id] = dispute;
        intent.Disputed = true;
        var created = Event("charge.dispute.created", dispute.ToJson());
        var fee = DisputeFee(intent.Currency);
        dispute.BalanceTransactions.Add(BalanceTransaction(dispute, -amount, fee, $"Chargeback withdrawal for {dispute.ChargeId}"));
        return [created, Event("charge.dispute.funds_withdrawn", dispute.ToJson())];
    });

    /// <summary>
    /// The bank decides. Won: status won, the funds come back with the fee refunded (charge.dispute.funds_reinstated,
    /// a second balance transaction), then charge.dispute.closed. Lost: status lost and charge.dispute.closed.
    /// </summary>
    public Task<IReadOnlyList<FakeEvent>> CloseDisputeAsync(string intentId, bool won) => ActAsync(() =>
    {
        var dispute = _disputes.Values.Where(d => d.PaymentIntentId == intentId).OrderBy(d => d.Created).Last();
        List<FakeEvent> events = [];
        dispute.Status = won ? "won" : "lost";
        if (won)
        {
            dispute.IsChargeRefundable = true;
            var fee = DisputeFee(dispute.Currency);
            var reinstated = BalanceTransaction(dispute, dispute.Amount, -fee, $"Chargeback reversal for {dispute.ChargeId}");
            dispute.BalanceTransactions.Add(reinstated);
            events.Add(Event("charge.dispute.funds_reinstated", dispute.ToJson()));
        }
        events.Add(Event("charge.dispute.closed", dispute.ToJson()));
        return events;
    });

    private JsonObject BalanceTransaction(FakeDispute dispute, long amount, long fee, string description) => new()
    {
        ["id"] = NewId("txn"),
        ["object"] = "balance_transaction",
        ["amount"] = amount,
        ["created"] = Unix(),
        ["currency"] = dispute.Currency,
        ["description"] = description,
        ["fee"] = fee,
        ["fee_details"] = new JsonArray(new JsonObject
        {
            ["amount"] = fee,
            ["application"] = null,
            ["currency"] = dispute.Currency,
            ["description"] = "Dispute fee",
            ["type"] = "stripe_fee",
        }),
        ["net"] = amount - fee,
        ["source"] = dispute.Id,
        ["status"] = "pending",
        ["type"] = "adjustment",
    };

    /// <summary>Stripe pays the connected account's balance out (or fails to): payout.created, then payout.paid or payout.failed.</summary>
    public Task<IReadOnlyList<FakeEvent>> PayoutAsync(string accountId, long amount, string currency = "usd", bool paid = true) =>
        ActAsync(() =>
        {
            var payout = NewPayout(accountId, amount, currency);
            var created = Event("payout.created", payout.ToJson(), accountId);
            payout.Status = paid ? "paid" : "failed";
            payout.FailureCode = paid ? null : "account_closed";
            return [created, Event(paid ? "payout.paid" : "payout.failed", payout.ToJson(), accountId)];
        });

    /// <summary>
    /// A payout whose events never arrive: it exists at Stripe (GET /v1/payouts lists it) and nowhere else, for reconciliation tests.
    /// </summary>
    public FakePayout PayoutSilently(
        string accountId, long amount, string currency = "usd", string status = "paid", string? failureCode = null)
    {
        lock (_gate)
        {
            var payout = NewPayout(accountId, amount, currency);
            payout.Status = status;
            payout.FailureCode = failureCode;
            return payout;
        }
    }

    /// <summary>The same, in the shape of the other controls.</summary>
    public Task<FakePayout> PayoutSilentlyAsync(
        string accountId, long amount, string currency = "usd", string status = "paid", string? failureCode = null) =>
        Task.FromResult(PayoutSilently(accountId, amount, currency, status, failureCode));

    private FakePayout NewPayout(string accountId, long amount, string currency)
    {
        var payout = new FakePayout
        {
            Id = NewId("po"),
            AccountId = accountId,
            Amount = amount,
            Currency = currency,
            Status = "pending",
            ArrivalDate = Now().AddDays(2).ToUnixTimeSeconds(),
            Created = Unix(),
            Sequence = NextSequence(),
        };
        _payouts.Add(payout);
        return payout;
    }
}
