using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Platform.IntegrationTests.Stripe;

/// <summary>The fake's REST API: the endpoints Stripe.net calls for the platform; accounts and PaymentIntents here.</summary>
public sealed partial class StripeFake
{
    private void Map(WebApplication app)
    {
        app.MapPost("/v1/accounts", (HttpContext h) => HandleAsync(h, CreateAccount));
        app.MapGet("/v1/accounts/{id}", (HttpContext h, string id) => HandleAsync(h, _ => GetAccount(id)));
        app.MapPost("/v1/account_links", (HttpContext h) => HandleAsync(h, CreateAccountLink));
        app.MapPost("/v1/payment_intents", (HttpContext h) => HandleAsync(h, CreateIntent));
        app.MapGet("/v1/payment_intents/{id}", (HttpContext h, string id) => HandleAsync(h, f => _intents.TryGetValue(id, out var pi)
            ? Outcome.Ok(pi.ToJson(Expands(f, "latest_charge"))) : Outcome.Missing("payment_intent", id, "intent")));
        app.MapPost("/v1/payment_intents/{id}/capture", (HttpContext h, string id) => HandleAsync(h, f => Capture(id, f)));
        app.MapPost("/v1/payment_intents/{id}/cancel", (HttpContext h, string id) => HandleAsync(h, f => Cancel(id, f)));
        MapMoney(app);
        MapCheckout(app);
        app.MapFallback((HttpContext h) => HandleAsync(h, _ => new Outcome(404,
            Error("invalid_request_error", null, $"Unrecognized request URL ({h.Request.Method}: {h.Request.Path})."), [])));
    }

    private Outcome GetAccount(string id) =>
        Unreachable(id) is { } denied ? denied : Outcome.Ok(_accounts[id].ToJson());

    private Outcome CreateAccount(IReadOnlyDictionary<string, string> f)
    {
        if (f.ContainsKey("type"))
        {
            return Outcome.Invalid("parameter_unknown", "Use controller properties rather than type (this fake models the current API).",
                "type");
        }
        if (f.GetValueOrDefault("controller[stripe_dashboard][type]") != "express"
            || f.GetValueOrDefault("controller[fees][payer]") != "application"
            || f.GetValueOrDefault("controller[losses][payments]") != "application"
            || f.GetValueOrDefault("controller[requirement_collection]") != "stripe")
        {
            return Outcome.Invalid("parameter_missing", "An Express account needs controller[stripe_dashboard][type]=express, "
                + "controller[fees][payer], controller[losses][payments] and controller[requirement_collection].", "controller");
        }
        if (f.GetValueOrDefault("capabilities[card_payments][requested]") != "true"
            || f.GetValueOrDefault("capabilities[transfers][requested]") != "true")
            return Outcome.Invalid("parameter_missing", "Request the card_payments and transfers capabilities.", "capabilities");
        var account = new FakeAccount
        {
            Id = NewId("acct"), Email = f.GetValueOrDefault("email"), Metadata = Metadata(f, "metadata"), Controller = "application",
        };
        _accounts[account.Id] = account;
        return Outcome.Ok(account.ToJson());
    }

    private Outcome CreateAccountLink(IReadOnlyDictionary<string, string> f)
    {
        var id = f.GetValueOrDefault("account") ?? "";
        if (Unreachable(id) is { } denied) return denied;
        if (f.GetValueOrDefault("type") != "account_onboarding")
            return Outcome.Invalid("parameter_invalid", "type must be account_onboarding.", "type");
        if (f.GetValueOrDefault("refresh_url") is not { Length: > 0 } refresh
            || f.GetValueOrDefault("return_url") is not { Length: > 0 } back)
            return Outcome.Invalid("parameter_missing", "refresh_url and return_url are required.", "return_url");
        _accountLinks.GetOrAdd(id, _ => []).Add((refresh, back));
        return Outcome.Ok(new JsonObject
        {
            ["object"] = "account_link",
            ["created"] = Unix(),
            ["expires_at"] = Unix() + 300,
            ["url"] = $"https://connect.stripe.test/setup/e/{id}/{NewId("link")}",
        });
    }

    private Outcome CreateIntent(IReadOnlyDictionary<string, string> f)
    {
        if (!f.TryGetValue("amount", out var amountText))
            return Outcome.Invalid("parameter_missing", "Missing required param: amount.", "amount");
        if (!long.TryParse(amountText, CultureInfo.InvariantCulture, out var amount) || amount < 1)
            return Outcome.Invalid("parameter_invalid_integer", "This value must be greater than or equal to 1.", "amount");
        var currency = f.GetValueOrDefault("currency");
        if (currency is not { Length: 3 }) return Outcome.Invalid("parameter_missing", "Missing required param: currency.", "currency");
        if (FakeCurrencies.Check(currency, amount) is var (code, message)) return Outcome.Invalid(code, message, "amount");
        long? fee = null;
        if (f.TryGetValue("application_fee_amount", out var feeText))
        {
            if (!long.TryParse(feeText, CultureInfo.InvariantCulture, out var parsed) || parsed < 0)
                return Outcome.Invalid("parameter_invalid_integer", "Invalid integer: " + feeText, "application_fee_amount");
            if (parsed > amount)
            {
                return Outcome.Invalid("application_fee_too_large", "The application fee cannot be greater than the amount.",
                    "application_fee_amount");
            }
            fee = parsed;
        }
        var destination = f.GetValueOrDefault("transfer_data[destination]");
        if (destination is not null && DestinationRefusal(destination, "transfer_data[destination]") is { } refused) return refused;
        var id = NewId("pi");
        var intent = new FakePaymentIntent
        {
            Id = id,
            Amount = amount,
            Currency = currency,
            CaptureMethod = f.GetValueOrDefault("capture_method") ?? "automatic",
            ApplicationFeeAmount = fee,
            Destination = destination,
            Metadata = Metadata(f, "metadata"),
            Description = f.GetValueOrDefault("description"),
            ClientSecret = id + "_secret_" + NewId("cs")[3..],
            Created = Unix(),
        };
        _intents[id] = intent;
        return Outcome.Ok(intent.ToJson(false), Event("payment_intent.created", intent.ToJson(false)));
    }

    /// <summary>
    /// Why money cannot go to <paramref name="destination"/>: a destination charge needs the connected account's
    /// transfers capability active ("A capability must be active for a connected account to perform actions
    /// associated with that capability", https://docs.stripe.com/connect/account-capabilities), and an account
    /// that disconnected the platform is no longer reachable at all. The fake ties both capabilities to charges_enabled.
    /// </summary>
    private Outcome? DestinationRefusal(string destination, string param)
    {
        if (!_accounts.TryGetValue(destination, out var account) || account.Deauthorized)
            return Outcome.Invalid("resource_missing", $"No such destination: '{destination}'", param);
        if (!account.ChargesEnabled)
        {
            return Outcome.Invalid("insufficient_capabilities_for_transfer", "Your destination account needs to have at least one of the "
                + "following capabilities enabled: transfers, crypto_transfers, legacy_payments", param);
        }
        return null;
    }

    private Outcome Capture(string id, IReadOnlyDictionary<string, string> f)
    {
        if (!_intents.TryGetValue(id, out var intent)) return Outcome.Missing("payment_intent", id, "intent");
        long? requested = null;
        if (f.TryGetValue("amount_to_capture", out var text))
        {
            if (!long.TryParse(text, CultureInfo.InvariantCulture, out var parsed) || parsed < 1)
                return Outcome.Invalid("parameter_invalid_integer", "This value must be greater than or equal to 1.", "amount_to_capture");
            // Stripe documents no minimum for a partial capture (the minimum applies to creating the charge), but
            // the three-decimal rule covers every Payment Intents call: https://docs.stripe.com/currencies#three-decimal
            if (FakeCurrencies.Check(intent.Currency, parsed, minimumApplies: false) is var (code, message))
                return Outcome.Invalid(code, message, "amount_to_capture");
            requested = parsed;
        }
        long? fee = null;
        if (f.TryGetValue("application_fee_amount", out var feeText))
        {
            if (!long.TryParse(feeText, CultureInfo.InvariantCulture, out var parsed) || parsed < 0)
                return Outcome.Invalid("parameter_invalid_integer", "Invalid integer: " + feeText, "application_fee_amount");
            fee = parsed;
        }
        if (intent.Status != "requires_capture")
        {
            return Outcome.Bad("payment_intent_unexpected_state",
                $"This PaymentIntent could not be captured because it has a status of {intent.Status}. "
                + "Only a PaymentIntent with one of the following statuses may be captured: requires_capture.");
        }
        if (intent.CaptureBefore is { } before && Now() > before)
            return Outcome.Bad("charge_expired_for_capture", "The charge has expired and can no longer be captured.");
        var amount = requested ?? intent.AmountCapturable;
        if (amount > intent.AmountCapturable)
            return Outcome.Bad("amount_too_large", "The amount to capture is more than the amount capturable.", "amount_to_capture");
        if ((fee ?? intent.ApplicationFeeAmount) > amount)
        {
            return Outcome.Bad("application_fee_too_large", "The application fee cannot be greater than the amount captured.",
                "application_fee_amount");
        }
        // The transfer to the destination happens at capture, so the account must still be able to receive it.
        if (intent.Destination is { } destination && DestinationRefusal(destination, "transfer_data[destination]") is { } refused)
            return refused with { Validation = false };
        if (fee is not null) intent.ApplicationFeeAmount = fee;
        intent.AmountReceived = amount;
        // "Any additional amount will be automatically refunded" (https://docs.stripe.com/api/charges/capture).
        intent.AmountReleased = intent.AmountCapturable - amount;
        intent.AmountCapturable = 0;
        intent.Status = "succeeded";
        if (intent.Destination is { } to) intent.TransferId = CreateTransfer(intent, to).Id;
        if (intent.CheckoutSessionId is { } sessionId) _sessions[sessionId].PaymentStatus = "paid";
        return Outcome.Ok(intent.ToJson(Expands(f, "latest_charge")),
            Event("charge.captured", intent.ChargeJson()), Event("payment_intent.succeeded", intent.ToJson(false)));
    }

    /// <summary>
    /// A destination charge's transfer: "the amount minus the application fee" goes to the connected account when
    /// the charge is captured (https://docs.stripe.com/connect/destination-charges#application-fee).
    /// </summary>
    private FakeTransfer CreateTransfer(FakePaymentIntent intent, string destination)
    {
        var transfer = new FakeTransfer
        {
            Id = NewId("tr"),
            Amount = intent.AmountReceived - (intent.ApplicationFeeAmount ?? 0),
            Currency = intent.Currency,
            Destination = destination,
            SourceTransaction = intent.ChargeId,
            Created = Unix(),
        };
        _transfers[transfer.Id] = transfer;
        return transfer;
    }

    private static readonly string[] CancellationReasons = ["duplicate", "fraudulent", "requested_by_customer", "abandoned"];

    private Outcome Cancel(string id, IReadOnlyDictionary<string, string> f)
    {
        if (!_intents.TryGetValue(id, out var intent)) return Outcome.Missing("payment_intent", id, "intent");
        var reason = f.GetValueOrDefault("cancellation_reason");
        if (reason is not null && !CancellationReasons.Contains(reason))
        {
            return Outcome.Invalid("parameter_invalid_string",
                "Invalid cancellation_reason: must be one of " + string.Join(", ", CancellationReasons), "cancellation_reason");
        }
        if (intent.Status is "succeeded" or "canceled")
        {
            return Outcome.Bad("payment_intent_unexpected_state",
                $"You cannot cancel this PaymentIntent because it has a status of {intent.Status}. "
                + "Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, "
                + "requires_confirmation, requires_action, processing.");
        }
        ReleaseAuthorization(intent, reason);
        return Outcome.Ok(intent.ToJson(false), Event("payment_intent.canceled", intent.ToJson(false)));
    }

    /// <summary>
    /// "For PaymentIntents with a status of requires_capture, the remaining amount_capturable is automatically refunded."
    /// </summary>
    private static void ReleaseAuthorization(FakePaymentIntent intent, string? reason)
    {
        intent.AmountReleased += intent.AmountCapturable;
        intent.AmountCapturable = 0;
        intent.Status = "canceled";
        intent.CancellationReason = reason;
    }

    private static bool Expands(IReadOnlyDictionary<string, string> f, string field) =>
        f.Any(p => p.Key.StartsWith("expand[", StringComparison.Ordinal) && p.Value == field);

    private static Dictionary<string, string> Metadata(IReadOnlyDictionary<string, string> f, string prefix) =>
        f.Where(p => p.Key.StartsWith(prefix + "[", StringComparison.Ordinal) && p.Key.EndsWith(']')
                && p.Key.IndexOf('[', prefix.Length + 1) < 0)
            .ToDictionary(p => p.Key[(prefix.Length + 1)..^1], p => p.Value);

    private static bool TryInt(IReadOnlyDictionary<string, string> f, string name, out long value) =>
        long.TryParse(f.GetValueOrDefault(name), CultureInfo.InvariantCulture, out value);
}
