using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Platform.IntegrationTests.Stripe;

/// <summary>The fake's REST API: the endpoints Stripe.net calls for the platform.</summary>
public sealed partial class StripeFake
{
    /// <summary>What one API call did: its answer and the events it caused.</summary>
    private sealed record Outcome(int Status, JsonObject Body, List<FakeEvent> Events)
    {
        public static Outcome Ok(JsonObject body, params FakeEvent[] events) => new(200, body, [.. events]);

        public static Outcome Bad(string? code, string message, string type = "invalid_request_error") => new(400, Error(type, code, message), []);

        public static Outcome Missing(string what, string id) => new(404, Error("invalid_request_error", "resource_missing", $"No such {what}: '{id}'"), []);
    }

    private void Map(WebApplication app)
    {
        app.MapPost("/v1/accounts", (HttpContext h) => HandleAsync(h, CreateAccount));
        app.MapGet("/v1/accounts/{id}", (HttpContext h, string id) => HandleAsync(h, _ => _accounts.TryGetValue(id, out var a) ? Outcome.Ok(a.ToJson()) : Outcome.Missing("account", id)));
        app.MapPost("/v1/account_links", (HttpContext h) => HandleAsync(h, CreateAccountLink));
        app.MapPost("/v1/payment_intents", (HttpContext h) => HandleAsync(h, CreateIntent));
        app.MapGet("/v1/payment_intents/{id}", (HttpContext h, string id) => HandleAsync(h, f => _intents.TryGetValue(id, out var pi) ? Outcome.Ok(pi.ToJson(Expands(f, "latest_charge"))) : Outcome.Missing("payment_intent", id)));
        app.MapPost("/v1/payment_intents/{id}/capture", (HttpContext h, string id) => HandleAsync(h, f => Capture(id, f)));
        app.MapPost("/v1/payment_intents/{id}/cancel", (HttpContext h, string id) => HandleAsync(h, _ => Cancel(id)));
        app.MapPost("/v1/refunds", (HttpContext h) => HandleAsync(h, CreateRefund));
        app.MapGet("/v1/refunds/{id}", (HttpContext h, string id) => HandleAsync(h, _ => _refunds.TryGetValue(id, out var r) ? Outcome.Ok(r.ToJson()) : Outcome.Missing("refund", id)));
        app.MapPost("/v1/checkout/sessions", (HttpContext h) => HandleAsync(h, CreateSession));
        app.MapGet("/v1/checkout/sessions/{id}", (HttpContext h, string id) => HandleAsync(h, _ => _sessions.TryGetValue(id, out var s) ? Outcome.Ok(s.ToJson()) : Outcome.Missing("checkout.session", id)));
        app.MapPost("/v1/checkout/sessions/{id}/expire", (HttpContext h, string id) => HandleAsync(h, _ => ExpireSessionByApi(id)));
        app.MapFallback((HttpContext h) => HandleAsync(h, _ => new Outcome(404, Error("invalid_request_error", null, $"Unrecognized request URL ({h.Request.Method}: {h.Request.Path})."), [])));
    }

    /// <summary>
    /// Authentication, the request log, injected failures and idempotency around one call. A key seen
    /// before with the same parameters replays the first answer; with other parameters it is an error;
    /// while the first is still running it is a conflict, as at Stripe.
    /// </summary>
    private async Task HandleAsync(HttpContext http, Func<IReadOnlyDictionary<string, string>, Outcome> action)
    {
        var request = http.Request;
        var form = request.HasFormContentType
            ? (await request.ReadFormAsync()).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal)
            : request.Query.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        var key = request.Headers["Idempotency-Key"].FirstOrDefault();
        var version = request.Headers["Stripe-Version"].FirstOrDefault();
        var path = request.Path.Value ?? "";

        if (request.Headers.Authorization.FirstOrDefault() != $"Bearer {SecretKey}")
        {
            await RespondAsync(http, new Outcome(401, Error("invalid_request_error", null, "Invalid API Key provided: sk_test_****"), []));
            return;
        }

        var fingerprint = request.Method + " " + path + "?" + string.Join("&", form.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
        FakeFailure? failure = null;
        Outcome outcome;
        lock (_gate)
        {
            var index = _failures.FindIndex(f => path.Contains(f.Match, StringComparison.Ordinal));
            if (index >= 0)
            {
                failure = _failures[index].Mode;
                _failures.RemoveAt(index);
            }
            if (key is not null && request.Method == "POST" && _idempotency.TryGetValue(key, out var seen))
            {
                outcome = seen switch
                {
                    null => new Outcome(409, Error("idempotency_error", "idempotency_key_in_use", "There is currently another in-progress request using this Idempotent Key."), []),
                    var (print, _, _) when print != fingerprint => Outcome.Bad(null,
                        $"Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '{key}' if you meant to execute a different request.", "idempotency_error"),
                    var (_, status, body) => new Outcome(status, (JsonObject)JsonNode.Parse(body)!, []),
                };
                var replayed = seen is not null && seen.Value.Fingerprint == fingerprint;
                _requests.Add(new FakeRequest(request.Method, path, form, key, version, outcome.Status, replayed));
                if (replayed) http.Response.Headers["Idempotent-Replayed"] = "true";
                goto respond;
            }
            if (key is not null && request.Method == "POST") _idempotency[key] = null;
        }

        if (failure == FakeFailure.Before)
        {
            lock (_gate)
            {
                if (key is not null) _idempotency.Remove(key);
                _requests.Add(new FakeRequest(request.Method, path, form, key, version, 500, false));
            }
            await RespondAsync(http, new Outcome(500, Error("api_error", null, "An injected failure (before acting)."), []));
            return;
        }

        lock (_gate)
        {
            outcome = action(form);
            if (key is not null && request.Method == "POST")
            {
                if (outcome.Status >= 500) _idempotency.Remove(key);
                else _idempotency[key] = (fingerprint, outcome.Status, outcome.Body.ToJsonString());
            }
            _requests.Add(new FakeRequest(request.Method, path, form, key, version, failure == FakeFailure.AfterActing ? 500 : outcome.Status, false));
        }
        Publish(outcome.Events);
        if (failure == FakeFailure.AfterActing) outcome = new Outcome(500, Error("api_error", null, "An injected failure (after acting: the answer was lost)."), []);

    respond:
        http.Response.StatusCode = outcome.Status;
        http.Response.ContentType = "application/json";
        http.Response.Headers["Request-Id"] = NewId("req");
        await http.Response.WriteAsync(outcome.Body.ToJsonString());
    }

    private static async Task RespondAsync(HttpContext http, Outcome outcome)
    {
        http.Response.StatusCode = outcome.Status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(outcome.Body.ToJsonString());
    }

    private Outcome CreateAccount(IReadOnlyDictionary<string, string> f)
    {
        if (f.ContainsKey("type")) return Outcome.Bad("parameter_unknown", "Use controller properties rather than type (this fake models the current API).");
        if (f.GetValueOrDefault("controller[stripe_dashboard][type]") != "express" || f.GetValueOrDefault("controller[fees][payer]") != "application"
            || f.GetValueOrDefault("controller[losses][payments]") != "application" || f.GetValueOrDefault("controller[requirement_collection]") != "stripe")
            return Outcome.Bad("parameter_missing", "An Express account needs controller[stripe_dashboard][type]=express, controller[fees][payer], controller[losses][payments] and controller[requirement_collection].");
        if (f.GetValueOrDefault("capabilities[card_payments][requested]") != "true" || f.GetValueOrDefault("capabilities[transfers][requested]") != "true")
            return Outcome.Bad("parameter_missing", "Request the card_payments and transfers capabilities.");
        var account = new FakeAccount { Id = NewId("acct"), Email = f.GetValueOrDefault("email"), Metadata = Metadata(f, "metadata"), Controller = "application" };
        _accounts[account.Id] = account;
        return Outcome.Ok(account.ToJson());
    }

    private Outcome CreateAccountLink(IReadOnlyDictionary<string, string> f)
    {
        var id = f.GetValueOrDefault("account") ?? "";
        if (!_accounts.ContainsKey(id)) return Outcome.Missing("account", id);
        if (f.GetValueOrDefault("type") != "account_onboarding") return Outcome.Bad("parameter_invalid", "type must be account_onboarding.");
        if (f.GetValueOrDefault("refresh_url") is not { Length: > 0 } refresh || f.GetValueOrDefault("return_url") is not { Length: > 0 } back)
            return Outcome.Bad("parameter_missing", "refresh_url and return_url are required.");
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
        if (!long.TryParse(f.GetValueOrDefault("amount"), CultureInfo.InvariantCulture, out var amount) || amount < 50)
            return Outcome.Bad("amount_too_small", "Amount must be at least 50 cents.");
        var currency = f.GetValueOrDefault("currency");
        if (currency is not { Length: 3 }) return Outcome.Bad("parameter_missing", "Missing required param: currency.");
        var fee = f.TryGetValue("application_fee_amount", out var feeText) ? long.Parse(feeText, CultureInfo.InvariantCulture) : (long?)null;
        if (fee > amount) return Outcome.Bad("application_fee_too_large", "The application fee cannot be greater than the amount.");
        if (OffGrid(currency, amount, fee) is { } offGrid) return offGrid;
        var destination = f.GetValueOrDefault("transfer_data[destination]");
        if (destination is not null && (!_accounts.TryGetValue(destination, out var account) || !account.ChargesEnabled))
            return Outcome.Bad("insufficient_capabilities_for_transfer", "Your destination account needs to have the transfers capability enabled.");
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

    private Outcome Capture(string id, IReadOnlyDictionary<string, string> f)
    {
        if (!_intents.TryGetValue(id, out var intent)) return Outcome.Missing("payment_intent", id);
        if (intent.Status != "requires_capture")
            return Outcome.Bad("payment_intent_unexpected_state", $"This PaymentIntent could not be captured because it has a status of {intent.Status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.");
        if (intent.CaptureBefore is { } before && Now() > before)
            return Outcome.Bad("charge_expired_for_capture", "The charge has expired and can no longer be captured.");
        var amount = f.TryGetValue("amount_to_capture", out var text) ? long.Parse(text, CultureInfo.InvariantCulture) : intent.AmountCapturable;
        if (amount <= 0 || amount > intent.AmountCapturable) return Outcome.Bad("amount_too_large", "The amount to capture is more than the amount capturable.");
        if (OffGrid(intent.Currency, amount) is { } offGrid) return offGrid;
        if (f.TryGetValue("application_fee_amount", out var feeText))
        {
            var fee = long.Parse(feeText, CultureInfo.InvariantCulture);
            if (OffGrid(intent.Currency, fee) is { } feeOffGrid) return feeOffGrid;
            if (fee > amount) return Outcome.Bad("application_fee_too_large", "The application fee cannot be greater than the amount captured.");
            intent.ApplicationFeeAmount = fee;
        }
        intent.AmountReceived = amount;
        intent.AmountCapturable = 0;
        intent.Status = "succeeded";
        return Outcome.Ok(intent.ToJson(Expands(f, "latest_charge")), Event("charge.captured", intent.ChargeJson()), Event("payment_intent.succeeded", intent.ToJson(false)));
    }

    private Outcome Cancel(string id)
    {
        if (!_intents.TryGetValue(id, out var intent)) return Outcome.Missing("payment_intent", id);
        if (intent.Status is "succeeded" or "canceled")
            return Outcome.Bad("payment_intent_unexpected_state", $"You cannot cancel this PaymentIntent because it has a status of {intent.Status}. Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, requires_confirmation, requires_action, processing.");
        intent.Status = "canceled";
        intent.CancellationReason = "requested_by_customer";
        intent.AmountCapturable = 0;
        return Outcome.Ok(intent.ToJson(false), Event("payment_intent.canceled", intent.ToJson(false)));
    }

    private Outcome CreateRefund(IReadOnlyDictionary<string, string> f)
    {
        var id = f.GetValueOrDefault("payment_intent") ?? "";
        if (!_intents.TryGetValue(id, out var intent)) return Outcome.Missing("payment_intent", id);
        if (intent.Status != "succeeded") return Outcome.Bad("charge_not_captured", "This PaymentIntent has no captured charge to refund.");
        var left = intent.AmountReceived - intent.AmountRefunded;
        var amount = f.TryGetValue("amount", out var text) ? long.Parse(text, CultureInfo.InvariantCulture) : left;
        if (left <= 0) return Outcome.Bad("charge_already_refunded", "This charge has already been refunded.");
        if (amount <= 0 || amount > left) return Outcome.Bad("amount_too_large", $"Refund amount ({amount}) is greater than unrefunded amount on charge ({left}).");
        if (OffGrid(intent.Currency, amount) is { } offGrid) return offGrid;
        var refund = new FakeRefund
        {
            Id = NewId("re"),
            PaymentIntentId = id,
            ChargeId = intent.ChargeId!,
            Amount = amount,
            Currency = intent.Currency,
            ReverseTransfer = f.GetValueOrDefault("reverse_transfer") == "true",
            RefundApplicationFee = f.GetValueOrDefault("refund_application_fee") == "true",
            Metadata = Metadata(f, "metadata"),
            Status = RefundsSucceedAtOnce ? "succeeded" : "pending",
            Created = Unix(),
        };
        _refunds[refund.Id] = refund;
        intent.AmountRefunded += amount;
        return RefundsSucceedAtOnce
            ? Outcome.Ok(refund.ToJson(), Event("refund.created", refund.ToJson()), Event("charge.refunded", intent.ChargeJson()))
            : Outcome.Ok(refund.ToJson(), Event("refund.created", refund.ToJson()));
    }

    /// <summary>Whether new refunds succeed at once (card refunds usually do) or stay pending until <see cref="SettleRefundAsync"/>.</summary>
    public bool RefundsSucceedAtOnce { get; set; } = true;

    private Outcome CreateSession(IReadOnlyDictionary<string, string> f)
    {
        if (f.GetValueOrDefault("mode") != "payment") return Outcome.Bad("parameter_invalid", "mode must be payment.");
        if (f.GetValueOrDefault("success_url") is not { Length: > 0 } success) return Outcome.Bad("parameter_missing", "Missing required param: success_url.");
        var now = Now();
        var expiresAt = f.TryGetValue("expires_at", out var e) ? DateTimeOffset.FromUnixTimeSeconds(long.Parse(e, CultureInfo.InvariantCulture)) : now.AddHours(24);
        if (expiresAt < now.AddMinutes(30) || expiresAt > now.AddHours(24))
            return Outcome.Bad("parameter_invalid_integer", "The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.");
        long total = 0;
        string? currency = null;
        for (var i = 0; f.ContainsKey($"line_items[{i}][quantity]"); i++)
        {
            total += long.Parse(f[$"line_items[{i}][price_data][unit_amount]"], CultureInfo.InvariantCulture) * long.Parse(f[$"line_items[{i}][quantity]"], CultureInfo.InvariantCulture);
            currency = f[$"line_items[{i}][price_data][currency]"];
        }
        if (currency is null || total <= 0) return Outcome.Bad("parameter_missing", "line_items are required.");
        var destination = f.GetValueOrDefault("payment_intent_data[transfer_data][destination]");
        if (destination is not null && (!_accounts.TryGetValue(destination, out var account) || !account.ChargesEnabled))
            return Outcome.Bad("insufficient_capabilities_for_transfer", "Your destination account needs to have the transfers capability enabled.");
        var session = new FakeCheckoutSession
        {
            Id = NewId("cs_test"),
            AmountTotal = total,
            Currency = currency,
            ExpiresAt = expiresAt,
            Destination = destination,
            ApplicationFeeAmount = f.TryGetValue("payment_intent_data[application_fee_amount]", out var fee) ? long.Parse(fee, CultureInfo.InvariantCulture) : null,
            Metadata = Metadata(f, "metadata"),
            IntentMetadata = Metadata(f, "payment_intent_data[metadata]"),
            CustomerEmail = f.GetValueOrDefault("customer_email"),
            SuccessUrl = success,
            CancelUrl = f.GetValueOrDefault("cancel_url") ?? "",
            Created = Unix(),
        };
        if (f.GetValueOrDefault("payment_intent_data[capture_method]") != "manual") return Outcome.Bad("parameter_invalid", "This fake expects manual capture.");
        _sessions[session.Id] = session;
        return Outcome.Ok(session.ToJson());
    }

    private Outcome ExpireSessionByApi(string id)
    {
        if (!_sessions.TryGetValue(id, out var session)) return Outcome.Missing("checkout.session", id);
        if (session.Status != "open") return Outcome.Bad(null, "Only Checkout Sessions with a status in [\"open\"] can be expired.");
        session.Status = "expired";
        return Outcome.Ok(session.ToJson(), Event("checkout.session.expired", session.ToJson()));
    }

    private static bool Expands(IReadOnlyDictionary<string, string> f, string field) =>
        f.Any(p => p.Key.StartsWith("expand[", StringComparison.Ordinal) && p.Value == field);

    private static Dictionary<string, string> Metadata(IReadOnlyDictionary<string, string> f, string prefix) =>
        f.Where(p => p.Key.StartsWith(prefix + "[", StringComparison.Ordinal) && p.Key.EndsWith(']') && p.Key.IndexOf('[', prefix.Length + 1) < 0)
            .ToDictionary(p => p.Key[(prefix.Length + 1)..^1], p => p.Value);
}
