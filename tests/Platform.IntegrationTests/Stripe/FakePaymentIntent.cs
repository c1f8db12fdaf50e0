using System.Text.Json.Nodes;

namespace Platform.IntegrationTests.Stripe;

/// <summary>
/// A PaymentIntent and its one charge, shaped as Stripe's API returns them (the fields Stripe.net and the platform read).
/// </summary>
public sealed class FakePaymentIntent
{
    public required string Id { get; init; }

    public required long Amount { get; init; }

    public required string Currency { get; init; }

    public string Status { get; set; } = "requires_payment_method";

    public string CaptureMethod { get; init; } = "manual";

    public long AmountCapturable { get; set; }

    public long AmountReceived { get; set; }

    /// <summary>The fee asked for; at capture, the fee actually taken (the capture may set another).</summary>
    public long? ApplicationFeeAmount { get; set; }

    /// <summary>How much of the application fee refunds gave back (refund_application_fee).</summary>
    public long ApplicationFeeRefunded { get; set; }

    public string? Destination { get; init; }

    public Dictionary<string, string> Metadata { get; init; } = [];

    public string? Description { get; init; }

    public string ClientSecret { get; init; } = "";

    public string? ChargeId { get; set; }

    /// <summary>The payment method the customer used: card, klarna, paypal…</summary>
    public string PaymentMethodType { get; set; } = "card";

    /// <summary>When the authorization lapses; Stripe gives it for cards only.</summary>
    public DateTimeOffset? CaptureBefore { get; set; }

    /// <summary>
    /// Refunds of captured money, pending or succeeded (failed ones are given back), as the charge's amount_refunded counts them.
    /// </summary>
    public long AmountRefunded { get; set; }

    /// <summary>What was authorized and then let go uncaptured (a cancel or a lapse): Stripe refunds it on the charge.</summary>
    public long AmountReleased { get; set; }

    public string? LastPaymentError { get; set; }

    public string? CancellationReason { get; set; }

    /// <summary>The transfer to the destination made at capture (a destination charge).</summary>
    public string? TransferId { get; set; }

    public bool Disputed { get; set; }

    /// <summary>The Checkout Session that created it, if any.</summary>
    public string? CheckoutSessionId { get; init; }

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
            // Always present, null until canceled: https://docs.stripe.com/api/payment_intents/object#payment_intent_object-
            // cancellation_reason
            ["cancellation_reason"] = CancellationReason,
            ["client_secret"] = ClientSecret,
            ["created"] = Created,
            ["currency"] = Currency,
            ["description"] = Description,
            ["latest_charge"] = charge,
            ["last_payment_error"] = LastPaymentError is null ? null : new JsonObject
            {
                ["code"] = LastPaymentError, ["type"] = "card_error", ["message"] = "Your card was declined.",
            },
            ["livemode"] = false,
            ["metadata"] = FakeJson.Map(Metadata),
            ["payment_method_types"] = new JsonArray(PaymentMethodType),
            ["status"] = Status,
            ["transfer_data"] = Destination is null ? null : new JsonObject { ["destination"] = Destination },
        };
    }

    /// <summary>
    /// The charge (https://docs.stripe.com/api/charges/object). An authorized charge is "succeeded" and
    /// not captured; uncaptured money let go (cancel, lapse) is "automatically refunded"
    /// (https://docs.stripe.com/api/payment_intents/cancel), so it shows in amount_refunded and refunded.
    /// </summary>
    public JsonObject ChargeJson()
    {
        var refunded = AmountRefunded + AmountReleased;
        var details = new JsonObject { ["type"] = PaymentMethodType };
        details[PaymentMethodType] = PaymentMethodType == "card"
            ? new JsonObject
            {
                ["brand"] = "visa",
                ["last4"] = "4242",
                // Only cards carry capture_before: https://docs.stripe.com/payments/place-a-hold-on-a-payment-method
                ["capture_before"] = CaptureBefore?.ToUnixTimeSeconds(),
            }
            : new JsonObject();
        return new JsonObject
        {
            ["id"] = ChargeId,
            ["object"] = "charge",
            ["amount"] = Amount,
            ["amount_captured"] = AmountReceived,
            ["amount_refunded"] = refunded,
            ["application_fee_amount"] = ApplicationFeeAmount,
            ["captured"] = AmountReceived > 0,
            ["currency"] = Currency,
            ["disputed"] = Disputed,
            ["metadata"] = FakeJson.Map(Metadata),
            ["payment_intent"] = Id,
            ["payment_method_details"] = details,
            ["refunded"] = refunded > 0 && refunded >= Amount,
            ["status"] = "succeeded",
            ["transfer"] = TransferId,
            ["transfer_data"] = Destination is null ? null : new JsonObject { ["destination"] = Destination },
        };
    }
}
