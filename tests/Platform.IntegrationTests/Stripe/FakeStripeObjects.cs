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

public sealed class FakePaymentIntent
{
    public required string Id { get; init; }

    public required long Amount { get; init; }

    public required string Currency { get; init; }

    public string Status { get; set; } = "requires_payment_method";

    public string CaptureMethod { get; init; } = "manual";

    public long AmountCapturable { get; set; }

    public long AmountReceived { get; set; }

    public long? ApplicationFeeAmount { get; set; }

    public string? Destination { get; init; }

    public Dictionary<string, string> Metadata { get; init; } = [];

    public string? Description { get; init; }

    public string ClientSecret { get; init; } = "";

    public string? ChargeId { get; set; }

    public DateTimeOffset? CaptureBefore { get; set; }

    public long AmountRefunded { get; set; }

    public string? LastPaymentError { get; set; }

    public string? CancellationReason { get; set; }

    public long Created { get; init; }

    public JsonObject ToJson(bool expandCharge)
    {
        JsonNode? charge = ChargeId is null ? null : expandCharge ? ChargeJson() : ChargeId;
        return new JsonObject
        {
            ["id"] = Id,
            ["object"] = "payment_intent",
            ["amount"] = Amount,
            ["amount_capturable"] = AmountCapturable,
            ["amount_received"] = AmountReceived,
            ["application_fee_amount"] = ApplicationFeeAmount,
            ["capture_method"] = CaptureMethod,
            ["cancellation_reason"] = CancellationReason,
            ["client_secret"] = ClientSecret,
            ["created"] = Created,
            ["currency"] = Currency,
            ["description"] = Description,
            ["latest_charge"] = charge,
            ["last_payment_error"] = LastPaymentError is null ? null : new JsonObject { ["code"] = LastPaymentError, ["type"] = "card_error", ["message"] = "Your card was declined." },
            ["livemode"] = false,
            ["metadata"] = FakeJson.Map(Metadata),
            ["status"] = Status,
            ["transfer_data"] = Destination is null ? null : new JsonObject { ["destination"] = Destination },
        };
    }

    public JsonObject ChargeJson() => new()
    {
        ["id"] = ChargeId,
        ["object"] = "charge",
        ["amount"] = Amount,
        ["amount_captured"] = AmountReceived,
        ["amount_refunded"] = AmountRefunded,
        ["captured"] = Status == "succeeded",
        ["currency"] = Currency,
        ["payment_intent"] = Id,
        ["refunded"] = AmountReceived > 0 && AmountRefunded >= AmountReceived,
        ["status"] = "succeeded",
        ["metadata"] = FakeJson.Map(Metadata),
        ["payment_method_details"] = new JsonObject
        {
            ["type"] = "card",
            ["card"] = new JsonObject { ["brand"] = "visa", ["last4"] = "4242", ["capture_before"] = CaptureBefore?.ToUnixTimeSeconds() },
        },
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

    public string? FailureReason { get; set; }

    public Dictionary<string, string> Metadata { get; init; } = [];

    public long Created { get; init; }

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

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["object"] = "dispute",
        ["amount"] = Amount,
        ["charge"] = ChargeId,
        ["currency"] = Currency,
        ["payment_intent"] = PaymentIntentId,
        ["reason"] = Reason,
        ["status"] = Status,
    };
}

public sealed class FakePayout
{
    public required string Id { get; init; }

    public required long Amount { get; init; }

    public required string Currency { get; init; }

    public required string Status { get; set; }

    public long ArrivalDate { get; init; }

    public string? FailureCode { get; set; }

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["object"] = "payout",
        ["amount"] = Amount,
        ["arrival_date"] = ArrivalDate,
        ["currency"] = Currency,
        ["failure_code"] = FailureCode,
        ["status"] = Status,
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
