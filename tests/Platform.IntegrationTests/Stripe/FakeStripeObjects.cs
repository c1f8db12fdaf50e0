using System.Text.Json.Nodes;

namespace Platform.IntegrationTests.Stripe;

/// <summary>The fake's objects, shaped as Stripe's API returns them (only the fields Stripe.net and the platform read).</summary>
public sealed class FakeAccount
{
    public required string Id { get; init; }

    public bool ChargesEnabled { get; set; }

    public bool PayoutsEnabled { get; set; }

    public bool DetailsSubmitted { get; set; }

    public List<string> CurrentlyDue { get; set; } = ["external_account", "business_profile.url", "tos_acceptance.date"];

    public string? Email { get; init; }

    public Dictionary<string, string> Metadata { get; init; } = [];

    public string? Controller { get; init; }

    /// <summary>The account disconnected the platform (account.application.deauthorized): the platform can no longer reach it.</summary>
    public bool Deauthorized { get; set; }

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["object"] = "account",
        ["type"] = "express",
        ["email"] = Email,
        ["charges_enabled"] = ChargesEnabled,
        ["payouts_enabled"] = PayoutsEnabled,
        ["details_submitted"] = DetailsSubmitted,
        ["requirements"] = new JsonObject { ["currently_due"] = new JsonArray([.. CurrentlyDue.Select(r => (JsonNode)r)]) },
        ["metadata"] = FakeJson.Map(Metadata),
    };
}

public sealed class FakeRefund
{
    public required string Id { get; init; }

    public required string PaymentIntentId { get; init; }

    public required string ChargeId { get; init; }

    public required long Amount { get; init; }

    public required string Currency { get; init; }

    public string Status { get; set; } = "pending";

    public bool ReverseTransfer { get; init; }

    public bool RefundApplicationFee { get; init; }

    /// <summary>What this refund gave back of the application fee.</summary>
    public long FeeRefunded { get; set; }

    /// <summary>The transfer reversal it made (reverse_transfer=true on a destination charge).</summary>
    public string? TransferReversalId { get; set; }

    /// <summary>Made outside the platform (the Dashboard, support): no metadata, no idempotency key of the platform's.</summary>
    public bool OutOfBand { get; init; }

    public string? FailureReason { get; set; }

    public Dictionary<string, string> Metadata { get; init; } = [];

    public long Created { get; init; }

    /// <summary>Tie-break for refunds of the same second, so lists are newest first exactly.</summary>
    internal long Sequence { get; init; }

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["object"] = "refund",
        ["amount"] = Amount,
        ["charge"] = ChargeId,
        ["created"] = Created,
        ["currency"] = Currency,
        ["failure_reason"] = FailureReason,
        ["metadata"] = FakeJson.Map(Metadata),
        ["payment_intent"] = PaymentIntentId,
        ["status"] = Status,
        ["transfer_reversal"] = TransferReversalId,
    };
}

public sealed class FakeCheckoutSession
{
    public required string Id { get; init; }

    public required long AmountTotal { get; init; }

    public required string Currency { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public string Status { get; set; } = "open";

    public string PaymentStatus { get; set; } = "unpaid";

    public string? PaymentIntentId { get; set; }

    public string? Destination { get; init; }

    public long? ApplicationFeeAmount { get; init; }

    public Dictionary<string, string> Metadata { get; init; } = [];

    public Dictionary<string, string> IntentMetadata { get; init; } = [];

    public string? CustomerEmail { get; init; }

    public string SuccessUrl { get; init; } = "";

    public string CancelUrl { get; init; } = "";

    public long Created { get; init; }

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["object"] = "checkout.session",
        ["amount_total"] = AmountTotal,
        ["cancel_url"] = CancelUrl,
        ["created"] = Created,
        ["currency"] = Currency,
        ["customer_email"] = CustomerEmail,
        ["expires_at"] = ExpiresAt.ToUnixTimeSeconds(),
        ["metadata"] = FakeJson.Map(Metadata),
        ["mode"] = "payment",
        ["payment_intent"] = PaymentIntentId,
        ["payment_status"] = PaymentStatus,
        ["status"] = Status,
        ["success_url"] = SuccessUrl,
        ["url"] = Status == "open" ? $"https://checkout.stripe.test/c/pay/{Id}" : null,
    };
}

public sealed class FakeDispute
{
    public required string Id { get; init; }

    public required string PaymentIntentId { get; init; }

    public required string ChargeId { get; init; }

    public required long Amount { get; init; }

    public required string Currency { get; init; }

    public string Status { get; set; } = "needs_response";

    public string Reason { get; init; } = "fraudulent";

    public long Created { get; init; }

    /// <summary>The funds withdrawn (and, when won, reinstated): zero, one or two balance transactions.</summary>
    public List<JsonObject> BalanceTransactions { get; } = [];

    /// <summary>"If true, it's still possible to refund the disputed payment" (https://docs.stripe.com/api/disputes/object).</summary>
    public bool IsChargeRefundable { get; set; }

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["object"] = "dispute",
        ["amount"] = Amount,
        ["balance_transactions"] = new JsonArray([.. BalanceTransactions.Select(t => (JsonNode)t.DeepClone())]),
        ["charge"] = ChargeId,
        ["created"] = Created,
        ["currency"] = Currency,
        ["is_charge_refundable"] = IsChargeRefundable,
        ["livemode"] = false,
        ["metadata"] = new JsonObject(),
        ["payment_intent"] = PaymentIntentId,
        ["reason"] = Reason,
        ["status"] = Status,
    };
}

public sealed class FakePayout
{
    public required string Id { get; init; }

    public required string AccountId { get; init; }

    public required long Amount { get; init; }

    public required string Currency { get; init; }

    public required string Status { get; set; }

    public long ArrivalDate { get; init; }

    public long Created { get; init; }

    internal long Sequence { get; init; }

    public string? FailureCode { get; set; }

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["object"] = "payout",
        ["amount"] = Amount,
        ["arrival_date"] = ArrivalDate,
        ["created"] = Created,
        ["currency"] = Currency,
        ["failure_code"] = FailureCode,
        ["livemode"] = false,
        ["status"] = Status,
    };
}

/// <summary>A transfer to a connected account (https://docs.stripe.com/api/transfers/object) and its reversals.</summary>
public sealed class FakeTransfer
{
    public required string Id { get; init; }

    public required long Amount { get; init; }

    public required string Currency { get; init; }

    public required string Destination { get; init; }

    public string? SourceTransaction { get; init; }

    public long Created { get; init; }

    public List<FakeTransferReversal> Reversals { get; } = [];

    public long AmountReversed => Reversals.Sum(r => r.Amount);

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["object"] = "transfer",
        ["amount"] = Amount,
        ["amount_reversed"] = AmountReversed,
        ["created"] = Created,
        ["currency"] = Currency,
        ["destination"] = Destination,
        ["livemode"] = false,
        ["reversals"] = new JsonObject
        {
            ["object"] = "list",
            ["data"] = new JsonArray([.. Reversals.AsEnumerable().Reverse().Select(r => (JsonNode)r.ToJson())]),
            ["has_more"] = false,
            ["total_count"] = Reversals.Count,
            ["url"] = $"/v1/transfers/{Id}/reversals",
        },
        ["reversed"] = AmountReversed >= Amount,
        ["source_transaction"] = SourceTransaction,
    };
}

public sealed record FakeTransferReversal(
    string Id, string TransferId, long Amount, string Currency, long Created, Dictionary<string, string> Metadata)
{
    /// <summary>The refund that made it, when a refund with reverse_transfer did.</summary>
    public string? RefundId { get; init; }

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["object"] = "transfer_reversal",
        ["amount"] = Amount,
        ["created"] = Created,
        ["currency"] = Currency,
        ["metadata"] = FakeJson.Map(Metadata),
        ["source_refund"] = RefundId,
        ["transfer"] = TransferId,
    };
}

internal static class FakeJson
{
    public static JsonObject Map(IReadOnlyDictionary<string, string> values)
    {
        var json = new JsonObject();
        foreach (var (key, value) in values) json[key] = value;
        return json;
    }
}
