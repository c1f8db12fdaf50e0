using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Platform.Modules.Payments;

/// <summary>
/// Stripe webhooks: the signature is checked on the raw body with the endpoint's own secret and a
/// timestamp tolerance (Stripe.net's check: <c>t=…,v1=…</c>, HMAC-SHA256 over <c>"{t}.{body}"</c>);
/// the payload is then read into a <see cref="PaymentEvent"/> by field, so a newer API version
/// does not break processing.
/// </summary>
public sealed class StripeWebhooks(IOptions<StripeOptions> options)
{
    /// <param name="now">The receiving clock (tests pass the test clock).</param>
    public WebhookRefusal? Verify(WebhookEndpoint endpoint, string body, string? signatureHeader, DateTimeOffset? now = null)
    {
        var configured = endpoint == WebhookEndpoint.Platform ? options.Value.WebhookSecret : options.Value.ConnectWebhookSecret;
        var secrets = SecretsOf(configured);
        if (secrets.Count == 0) return new WebhookRefusal("This endpoint has no signing secret configured.");
        if (string.IsNullOrWhiteSpace(signatureHeader)) return new WebhookRefusal("Missing Stripe-Signature header.");
        if (WebhookSignature.Parse(signatureHeader) is not { } signature)
        {
            return new WebhookRefusal("Invalid signature or stale timestamp.");
        }
        // Refused in both directions: an old signature is a replay, one from the future is forged or a broken clock.
        var age = (now ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() - signature.Timestamp;
        if (Math.Abs(age) > options.Value.WebhookToleranceSeconds) return new WebhookRefusal("Invalid signature or stale timestamp.");
        return secrets.Any(secret => signature.IsSignedWith(secret, body)) ? null
            : new WebhookRefusal("Invalid signature or stale timestamp.");
    }

    /// <summary>
    /// One secret, or several separated by commas while the platform rotates its own configuration
    /// (Stripe itself signs with the old and the new secret for a while: two <c>v1</c> values).
    /// </summary>
    private static List<string> SecretsOf(string? configured) =>
        [.. (configured ?? "").Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>Reads a verified (or stored) event payload; null when it is not an event at all.</summary>
    public static PaymentEvent? Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || Text(root, "id") is not { } id || Text(root, "type") is not { } type) return null;
        var created = root.TryGetProperty("created", out var c) && c.TryGetInt64(out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds) : DateTimeOffset.MinValue;
        var data = root.TryGetProperty("data", out var d) && d.TryGetProperty("object", out var o) ? o : default;
        var objectType = data.ValueKind == JsonValueKind.Object ? Text(data, "object") : null;
        var objectId = data.ValueKind == JsonValueKind.Object ? Text(data, "id") : null;
        var paymentIntentId = objectType switch
        {
            "payment_intent" => objectId,
            "charge" or "refund" or "dispute" or "checkout.session" => Text(data, "payment_intent"),
            _ => null,
        };
        return new PaymentEvent
        {
            Id = id,
            Type = type,
            Created = created,
            AccountId = Text(root, "account"),
            ApiVersion = Text(root, "api_version"),
            ObjectId = objectId,
            ObjectType = objectType,
            PaymentIntentId = paymentIntentId,
            Status = Text(data, "status"),
            Amount = Long(data, "amount"),
            AmountCapturable = Long(data, "amount_capturable"),
            AmountReceived = Long(data, "amount_received"),
            AmountRefunded = Long(data, "amount_refunded"),
            Currency = Text(data, "currency")?.ToUpperInvariant(),
            Metadata = Metadata(data),
            ChargesEnabled = Bool(data, "charges_enabled"),
            PayoutsEnabled = Bool(data, "payouts_enabled"),
            DetailsSubmitted = Bool(data, "details_submitted"),
            Requirements = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("requirements", out var r)
                && r.ValueKind == JsonValueKind.Object
                && r.TryGetProperty("currently_due", out var due) && due.ValueKind == JsonValueKind.Array
                    ? [.. due.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
                    : [],
            ArrivalDate = Long(data, "arrival_date") is { } arrival ? DateTimeOffset.FromUnixTimeSeconds(arrival) : null,
            Reason = Text(data, "failure_reason") ?? Text(data, "failure_code") ?? Text(data, "reason")
                ?? (data.ValueKind == JsonValueKind.Object && data.TryGetProperty("last_payment_error", out var error)
                    && error.ValueKind == JsonValueKind.Object ? Text(error, "code") : null),
            PaymentStatus = Text(data, "payment_status"),
            CancellationReason = Text(data, "cancellation_reason"),
            DisputeFee = objectType == "dispute" && data.TryGetProperty("balance_transactions", out var transactions)
                && transactions.ValueKind == JsonValueKind.Array
                ? transactions.EnumerateArray().Sum(t => Long(t, "fee") ?? 0)
                : null,
        };
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Long(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : null;

    private static bool? Bool(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    private static Dictionary<string, string> Metadata(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("metadata", out var metadata)
            && metadata.ValueKind == JsonValueKind.Object
            ? metadata.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String)
                .ToDictionary(p => p.Name, p => p.Value.GetString()!)
            : [];
}
