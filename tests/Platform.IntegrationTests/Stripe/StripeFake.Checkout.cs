using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Platform.IntegrationTests.Stripe;

/// <summary>Checkout Sessions: creation, reading, expiry (https://docs.stripe.com/api/checkout/sessions).</summary>
public sealed partial class StripeFake
{
    private void MapCheckout(WebApplication app)
    {
        app.MapPost("/v1/checkout/sessions", (HttpContext h) => HandleAsync(h, CreateSession));
        app.MapGet("/v1/checkout/sessions/{id}", (HttpContext h, string id) => HandleAsync(h, _ => _sessions.TryGetValue(id, out var s)
            ? Outcome.Ok(s.ToJson()) : Outcome.Missing("checkout.session", id, "session")));
        app.MapPost("/v1/checkout/sessions/{id}/expire", (HttpContext h, string id) => HandleAsync(h, _ => ExpireSessionByApi(id)));
    }

    private Outcome CreateSession(IReadOnlyDictionary<string, string> f)
    {
        if (f.GetValueOrDefault("mode") != "payment") return Outcome.Invalid("parameter_invalid", "mode must be payment.", "mode");
        if (f.GetValueOrDefault("success_url") is not { Length: > 0 } success)
            return Outcome.Invalid("parameter_missing", "Missing required param: success_url.", "success_url");
        var now = Now();
        var expiresAt = now.AddHours(24);
        if (f.ContainsKey("expires_at"))
        {
            if (!TryInt(f, "expires_at", out var at))
                return Outcome.Invalid("parameter_invalid_integer", "Invalid integer: " + f["expires_at"], "expires_at");
            expiresAt = DateTimeOffset.FromUnixTimeSeconds(at);
        }
        if (expiresAt < now.AddMinutes(30) || expiresAt > now.AddHours(24))
        {
            return Outcome.Invalid("parameter_invalid_integer",
                "The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.", "expires_at");
        }
        long total = 0;
        string? currency = null;
        for (var i = 0; f.ContainsKey($"line_items[{i}][quantity]"); i++)
        {
            if (!TryInt(f, $"line_items[{i}][price_data][unit_amount]", out var unit)
                || !TryInt(f, $"line_items[{i}][quantity]", out var quantity))
                return Outcome.Invalid("parameter_invalid_integer", "Invalid integer.", $"line_items[{i}][price_data][unit_amount]");
            var lineCurrency = f.GetValueOrDefault($"line_items[{i}][price_data][currency]");
            if (currency is not null && lineCurrency != currency)
            {
                return Outcome.Invalid("parameter_invalid", "All line items must use the same currency.",
                    $"line_items[{i}][price_data][currency]");
            }
            currency = lineCurrency;
            // The three-decimal rule holds for every amount sent: https://docs.stripe.com/currencies#three-decimal
            if (currency is not null && FakeCurrencies.Check(currency, unit, minimumApplies: false) is var (unitCode, unitMessage))
                return Outcome.Invalid(unitCode, unitMessage, $"line_items[{i}][price_data][unit_amount]");
            total += unit * quantity;
        }
        if (currency is null || total <= 0) return Outcome.Invalid("parameter_missing", "line_items are required.", "line_items");
        // The session's total is one charge, so the minimum charge amount applies to it: https://docs.stripe.com/currencies#minimum-and-
        // maximum-charge-amounts
        if (FakeCurrencies.Check(currency, total) is var (code, _))
        {
            return Outcome.Invalid(code, $"The Checkout Session's total amount must be at least "
                + $"{FakeCurrencies.Format(currency, FakeCurrencies.MinimumChargeOf(currency))} {currency}.", "line_items");
        }
        if (f.GetValueOrDefault("payment_intent_data[capture_method]") != "manual")
            return Outcome.Invalid("parameter_invalid", "This fake expects manual capture.", "payment_intent_data[capture_method]");
        long? fee = null;
        if (f.ContainsKey("payment_intent_data[application_fee_amount]"))
        {
            if (!TryInt(f, "payment_intent_data[application_fee_amount]", out var parsed) || parsed < 0 || parsed > total)
            {
                return Outcome.Invalid("parameter_invalid_integer", "Invalid application fee.",
                    "payment_intent_data[application_fee_amount]");
            }
            fee = parsed;
        }
        var destination = f.GetValueOrDefault("payment_intent_data[transfer_data][destination]");
        if (destination is not null && DestinationRefusal(destination, "payment_intent_data[transfer_data][destination]") is { } refused)
            return refused;
        var session = new FakeCheckoutSession
        {
            Id = NewId("cs_test"),
            AmountTotal = total,
            Currency = currency,
            ExpiresAt = expiresAt,
            Destination = destination,
            ApplicationFeeAmount = fee,
            Metadata = Metadata(f, "metadata"),
            IntentMetadata = Metadata(f, "payment_intent_data[metadata]"),
            CustomerEmail = f.GetValueOrDefault("customer_email"),
            SuccessUrl = success,
            CancelUrl = f.GetValueOrDefault("cancel_url") ?? "",
            Created = Unix(),
        };
        _sessions[session.Id] = session;
        return Outcome.Ok(session.ToJson());
    }

    private Outcome ExpireSessionByApi(string id)
    {
        if (!_sessions.TryGetValue(id, out var session)) return Outcome.Missing("checkout.session", id, "session");
        if (session.Status != "open") return Outcome.Bad(null, "Only Checkout Sessions with a status in [\"open\"] can be expired.");
        session.Status = "expired";
        return Outcome.Ok(session.ToJson(), Event("checkout.session.expired", session.ToJson()));
    }
}
