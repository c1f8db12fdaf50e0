using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Platform.IntegrationTests.Stripe;

/// <summary>Refunds, transfers and their reversals, payouts: where money moves after a capture.</summary>
public sealed partial class StripeFake
{
    /// <summary>
    /// Whether new refunds succeed at once (card refunds usually do) or stay pending until <see cref="SettleRefundAsync"/>.
    /// </summary>
    public bool RefundsSucceedAtOnce { get; set; } = true;

    private void MapMoney(WebApplication app)
    {
        app.MapPost("/v1/refunds", (HttpContext h) => HandleAsync(h, f => CreateRefund(f, outOfBand: false)));
        app.MapGet("/v1/refunds", (HttpContext h) => HandleAsync(h, ListRefunds));
        app.MapGet("/v1/refunds/{id}", (HttpContext h, string id) => HandleAsync(h, _ => _refunds.TryGetValue(id, out var r)
            ? Outcome.Ok(r.ToJson()) : Outcome.Missing("refund", id, "refund")));
        app.MapGet("/v1/transfers/{id}", (HttpContext h, string id) => HandleAsync(h, _ => _transfers.TryGetValue(id, out var t)
            ? Outcome.Ok(t.ToJson()) : Outcome.Missing("transfer", id, "id")));
        app.MapPost("/v1/transfers/{id}/reversals", (HttpContext h, string id) => HandleAsync(h, f => ReverseTransfer(id, f)));
        app.MapGet("/v1/disputes/{id}", (HttpContext h, string id) => HandleAsync(h, _ => _disputes.TryGetValue(id, out var d)
            ? Outcome.Ok(d.ToJson()) : Outcome.Missing("dispute", id, "dispute")));
        app.MapGet("/v1/payouts", (HttpContext h) =>
            HandleAsync(h, f => ListPayouts(h.Request.Headers["Stripe-Account"].FirstOrDefault(), f)));
    }

    private Outcome CreateRefund(IReadOnlyDictionary<string, string> f, bool outOfBand)
    {
        var chargeId = f.GetValueOrDefault("charge");
        var id = f.GetValueOrDefault("payment_intent") ?? _intents.Values.FirstOrDefault(i => i.ChargeId == chargeId)?.Id ?? "";
        if (!_intents.TryGetValue(id, out var intent))
        {
            var what = chargeId is null ? "payment_intent" : "charge";
            return Outcome.Missing(what, chargeId ?? id, what);
        }
        long? requested = null;
        if (f.ContainsKey("amount"))
        {
            if (!TryInt(f, "amount", out var parsed) || parsed < 1)
                return Outcome.Invalid("parameter_invalid_integer", "This value must be greater than or equal to 1.", "amount");
            // Refunds follow the three-decimal rule too; no minimum is documented for them: https://docs.stripe.com/currencies#three-
            // decimal
            if (FakeCurrencies.Check(intent.Currency, parsed, minimumApplies: false) is var (code, message))
                return Outcome.Invalid(code, message, "amount");
            requested = parsed;
        }
        if (intent.Status != "succeeded") return Outcome.Bad("charge_not_captured", "This PaymentIntent has no captured charge to refund.");
        // A charged-back payment cannot be refunded while the dispute stands (https://docs.stripe.com/error-codes#charge-disputed).
        if (_disputes.Values.Any(d => d.PaymentIntentId == id && !d.IsChargeRefundable))
            return Outcome.Bad("charge_disputed", $"Charge {intent.ChargeId} has been charged back; cannot issue a refund.");
        var left = intent.AmountReceived - intent.AmountRefunded;
        if (left <= 0) return Outcome.Bad("charge_already_refunded", $"Charge {intent.ChargeId} has already been refunded.");
        var amount = requested ?? left;
        if (amount > left)
        {
            return Outcome.Bad("amount_too_large", $"Refund amount ({amount}) is greater than unrefunded amount on charge ({left}).",
                "amount");
        }
        var reverse = f.GetValueOrDefault("reverse_transfer") == "true";
        if (reverse && intent.Destination is { } destination && _accounts.TryGetValue(destination, out var account) && account.Deauthorized)
        {
            // Inferred, not documented: the reversal debits an account the platform can no longer reach.
            return Outcome.Bad("account_invalid",
                $"The transfer to '{destination}' cannot be reversed: application access may have been revoked.");
        }
        var refund = new FakeRefund
        {
            Id = NewId("re"),
            PaymentIntentId = id,
            ChargeId = intent.ChargeId!,
            Amount = amount,
            Currency = intent.Currency,
            ReverseTransfer = reverse,
            RefundApplicationFee = f.GetValueOrDefault("refund_application_fee") == "true",
            Metadata = Metadata(f, "metadata"),
            OutOfBand = outOfBand,
            Status = RefundsSucceedAtOnce ? "succeeded" : "pending",
            Created = Unix(),
            Sequence = NextSequence(),
        };
        _refunds[refund.Id] = refund;
        intent.AmountRefunded += amount;
        GiveBackShares(intent, refund);
        return RefundsSucceedAtOnce
            ? Outcome.Ok(refund.ToJson(), Event("refund.created", refund.ToJson()), Event("charge.refunded", intent.ChargeJson()))
            : Outcome.Ok(refund.ToJson(), Event("refund.created", refund.ToJson()));
    }

    /// <summary>
    /// What a refund of a destination charge takes back. reverse_transfer: "The transfer will be reversed
    /// proportionally to the amount being refunded"; refund_application_fee: "If a full charge refund is given,
    /// the full application fee will be refunded. Otherwise, the application fee will be refunded in an amount
    /// proportional to the amount of the charge refunded" (https://docs.stripe.com/api/refunds/create). Stripe does
    /// not document the rounding: the fake rounds each running total down, so a full refund gives back everything.
    /// </summary>
    private void GiveBackShares(FakePaymentIntent intent, FakeRefund refund)
    {
        var live = _refunds.Values.Where(r => r.PaymentIntentId == intent.Id && r.Status != "failed").ToList();
        if (refund.RefundApplicationFee && intent.ApplicationFeeAmount is { } fee)
        {
            var share = Proportion(fee, live.Where(r => r.RefundApplicationFee).Sum(r => r.Amount), intent.AmountReceived);
            refund.FeeRefunded = Math.Max(0, share - intent.ApplicationFeeRefunded);
            intent.ApplicationFeeRefunded += refund.FeeRefunded;
        }
        if (refund.ReverseTransfer && intent.TransferId is { } transferId)
        {
            var transfer = _transfers[transferId];
            var share = Proportion(transfer.Amount, live.Where(r => r.ReverseTransfer).Sum(r => r.Amount), intent.AmountReceived);
            var byRefunds = transfer.Reversals.Where(r => r.RefundId is not null).Sum(r => r.Amount);
            var amount = Math.Min(share - byRefunds, transfer.Amount - transfer.AmountReversed);
            if (amount <= 0) return;
            var reversal = new FakeTransferReversal(NewId("trr"), transfer.Id, amount, transfer.Currency, Unix(), [])
            {
                RefundId = refund.Id,
            };
            transfer.Reversals.Add(reversal);
            refund.TransferReversalId = reversal.Id;
        }
    }

    private static long Proportion(long whole, long part, long of) => part >= of ? whole : whole * part / of;

    /// <summary>
    /// A failed refund's money is back on the charge. Stripe does not document what becomes of its transfer reversal
    /// and fee refund; the fake undoes them, so a failed refund leaves no trace in who holds what.
    /// </summary>
    private void UndoShares(FakePaymentIntent intent, FakeRefund refund)
    {
        intent.AmountRefunded -= refund.Amount;
        intent.ApplicationFeeRefunded -= refund.FeeRefunded;
        refund.FeeRefunded = 0;
        if (refund.TransferReversalId is { } reversalId && intent.TransferId is { } transferId)
            _transfers[transferId].Reversals.RemoveAll(r => r.Id == reversalId);
    }

    /// <summary>GET /v1/refunds: Stripe's list shape, newest first (https://docs.stripe.com/api/refunds/list).</summary>
    private Outcome ListRefunds(IReadOnlyDictionary<string, string> f)
    {
        var intent = f.GetValueOrDefault("payment_intent");
        var charge = f.GetValueOrDefault("charge");
        var refunds = _refunds.Values
            .Where(r => (intent is null || r.PaymentIntentId == intent) && (charge is null || r.ChargeId == charge))
            .OrderByDescending(r => r.Sequence);
        return ListOf(refunds, r => r.Id, r => r.ToJson(), f, "/v1/refunds");
    }

    private Outcome ListPayouts(string? account, IReadOnlyDictionary<string, string> f)
    {
        // Payouts belong to a connected account: the request names it in the Stripe-Account header.
        var payouts = _payouts.Where(p => p.AccountId == account).OrderByDescending(p => p.Sequence);
        return ListOf(payouts, p => p.Id, p => p.ToJson(), f, "/v1/payouts");
    }

    /// <summary>A page of a list: limit (1–100, default 10), starting_after, has_more (https://docs.stripe.com/api/pagination).</summary>
    private static Outcome ListOf<T>(
        IEnumerable<T> items, Func<T, string> id, Func<T, JsonObject> json, IReadOnlyDictionary<string, string> f, string url)
    {
        var limit = 10L;
        if (f.ContainsKey("limit") && (!TryInt(f, "limit", out limit) || limit is < 1 or > 100))
            return Outcome.Invalid("parameter_invalid_integer", "This value must be between 1 and 100.", "limit");
        var all = items.ToList();
        if (f.GetValueOrDefault("starting_after") is { } after)
        {
            var index = all.FindIndex(i => id(i) == after);
            if (index < 0) return Outcome.Missing("object", after, "starting_after");
            all = all[(index + 1)..];
        }
        return Outcome.Ok(new JsonObject
        {
            ["object"] = "list",
            ["data"] = new JsonArray([.. all.Take((int)limit).Select(i => (JsonNode)json(i))]),
            ["has_more"] = all.Count > limit,
            ["url"] = url,
        });
    }

    /// <summary>
    /// POST /v1/transfers/{id}/reversals: amount "can only reverse up to the unreversed amount remaining of the
    /// transfer", defaulting to all of it (https://docs.stripe.com/api/transfer_reversals/create).
    /// </summary>
    private Outcome ReverseTransfer(string id, IReadOnlyDictionary<string, string> f)
    {
        if (!_transfers.TryGetValue(id, out var transfer)) return Outcome.Missing("transfer", id, "id");
        long? requested = null;
        if (f.ContainsKey("amount"))
        {
            if (!TryInt(f, "amount", out var parsed) || parsed < 1)
                return Outcome.Invalid("parameter_invalid_integer", "This value must be greater than or equal to 1.", "amount");
            requested = parsed;
        }
        if (Unreachable(transfer.Destination) is { } denied) return denied;
        var left = transfer.Amount - transfer.AmountReversed;
        var amount = requested ?? left;
        if (left <= 0 || amount > left)
        {
            return Outcome.Bad("amount_too_large",
                $"Attempted to reverse {amount.ToString(CultureInfo.InvariantCulture)} on transfer {id}, "
                + $"but only {left.ToString(CultureInfo.InvariantCulture)} remains unreversed.", "amount");
        }
        var reversal = new FakeTransferReversal(NewId("trr"), id, amount, transfer.Currency, Unix(), Metadata(f, "metadata"));
        transfer.Reversals.Add(reversal);
        return Outcome.Ok(reversal.ToJson());
    }
}
