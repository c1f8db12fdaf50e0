using System.Net;
using System.Text.Json.Nodes;
using global::Stripe;

namespace Platform.IntegrationTests.Stripe;

/// <summary>The fake against the real Stripe.net client, without the platform: each documented rule it models.</summary>
public sealed class StripeFakeTests : IAsyncLifetime
{
    private StripeFake _fake = null!;
    private StripeClient _client = null!;
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public async Task InitializeAsync()
    {
        _fake = await StripeFake.StartAsync();
        _fake.Now = () => _now;
        // No platform here: events stay in Events.
        _fake.AutoDeliver = false;
        var http = new SystemNetHttpClient(new HttpClient(), maxNetworkRetries: 0, appInfo: null, enableTelemetry: false);
        _client = new StripeClient(_fake.SecretKey, httpClient: http, apiBase: _fake.BaseAddress.ToString().TrimEnd('/'));
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private static RequestOptions Key(string key) => new() { IdempotencyKey = key };

    private async Task<string> AccountAsync()
    {
        var account = await new AccountService(_client).CreateAsync(new AccountCreateOptions
        {
            Controller = new AccountControllerOptions
            {
                Fees = new AccountControllerFeesOptions { Payer = "application" },
                Losses = new AccountControllerLossesOptions { Payments = "application" },
                RequirementCollection = "stripe",
                StripeDashboard = new AccountControllerStripeDashboardOptions { Type = "express" },
            },
            Capabilities = new AccountCapabilitiesOptions
            {
                CardPayments = new AccountCapabilitiesCardPaymentsOptions { Requested = true },
                Transfers = new AccountCapabilitiesTransfersOptions { Requested = true },
            },
        });
        await _fake.CompleteOnboardingAsync(account.Id);
        return account.Id;
    }

    private Task<PaymentIntent> IntentAsync(
        long amount, string currency = "usd", string? destination = null, long? fee = null, string? key = null) =>
        new PaymentIntentService(_client).CreateAsync(new PaymentIntentCreateOptions
        {
            Amount = amount,
            Currency = currency,
            CaptureMethod = "manual",
            ApplicationFeeAmount = fee,
            TransferData = destination is null ? null : new PaymentIntentTransferDataOptions { Destination = destination },
        }, key is null ? null : Key(key));

    private static async Task<StripeError> RefusedAsync(Func<Task> call, HttpStatusCode status)
    {
        var e = await Assert.ThrowsAsync<StripeException>(call);
        Assert.Equal(status, e.HttpStatusCode);
        return e.StripeError;
    }

    [Fact]
    public async Task A_500_is_saved_for_its_key_and_replayed_until_the_key_is_pruned_but_a_validation_error_is_not_saved()
    {
        foreach (var mode in new[] { FakeFailure.Before, FakeFailure.AfterActing })
        {
            var key = "k-" + mode;
            _fake.FailNext("/v1/payment_intents", mode);
            await RefusedAsync(() => IntentAsync(1_000, key: key), HttpStatusCode.InternalServerError);
            await RefusedAsync(() => IntentAsync(1_000, key: key), HttpStatusCode.InternalServerError);
            Assert.True(_fake.Requests[^1].Replayed);
        }
        // After acting, the intent exists even though every answer for the key is the 500.
        Assert.Single(_fake.Requests, r => r.IdempotencyKey == "k-AfterActing" && r.Status == 500 && !r.Replayed);
        _fake.PruneIdempotencyKeys();
        Assert.Equal("requires_payment_method", (await IntentAsync(1_000, key: "k-Before")).Status);

        Assert.Equal("amount_too_small", (await RefusedAsync(() => IntentAsync(49, key: "k-small"), HttpStatusCode.BadRequest)).Code);
        Assert.Equal(2_000, (await IntentAsync(2_000, key: "k-small")).Amount);
        Assert.Equal("idempotency_error", (await RefusedAsync(() => IntentAsync(3_000, key: "k-small"), HttpStatusCode.BadRequest)).Type);

        // Keys live 24 hours by the fake's clock: later the same key is a new request.
        _now = _now.AddHours(25);
        Assert.Equal(3_000, (await IntentAsync(3_000, key: "k-small")).Amount);
        Assert.Equal((DateTimeOffset?)_now, _fake.IdempotencyKeyCreated("k-small"));
    }

    [Fact]
    public async Task A_lost_connection_replays_the_saved_answer()
    {
        _fake.FailNext("/v1/payment_intents", FakeFailure.ConnectionLost);
        // Stripe.net sees a network error, not an answer.
        await Assert.ThrowsAnyAsync<Exception>(() => IntentAsync(1_000, key: "k-lost"));
        var intent = await IntentAsync(1_000, key: "k-lost");
        Assert.True(_fake.Requests[^1].Replayed);
        Assert.Equal(intent.Id, _fake.Intent(intent.Id).Id);
    }

    [Theory]
    [InlineData("usd", 49, "amount_too_small")]
    [InlineData("gbp", 29, "amount_too_small")]
    [InlineData("jpy", 49, "amount_too_small")]
    [InlineData("kwd", 1_005, "invalid_charge_amount")]
    [InlineData("kwd", 1_000, null)]
    [InlineData("jpy", 50, null)]
    public async Task Amounts_follow_the_currency_rules(string currency, long amount, string? code)
    {
        if (code is null) Assert.Equal(amount, (await IntentAsync(amount, currency)).Amount);
        else Assert.Equal(code, (await RefusedAsync(() => IntentAsync(amount, currency), HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task A_destination_charge_transfers_at_capture_and_refunds_reverse_it_and_the_fee_in_proportion()
    {
        var account = await AccountAsync();
        var intent = await IntentAsync(10_000, destination: account, fee: 530);
        await _fake.AuthorizeAsync(intent.Id);
        var capture = new PaymentIntentCaptureOptions { AmountToCapture = 8_000 };
        var captured = await new PaymentIntentService(_client).CaptureAsync(intent.Id, capture);
        Assert.Equal(8_000, captured.AmountReceived);
        var transfer = _fake.TransferOf(intent.Id)!;
        Assert.Equal((7_470L, account), (transfer.Amount, transfer.Destination));

        var refunds = new RefundService(_client);
        await refunds.CreateAsync(new RefundCreateOptions
        {
            PaymentIntent = intent.Id, Amount = 4_000, ReverseTransfer = true, RefundApplicationFee = true,
        });
        await refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id, Amount = 1_000, Metadata = new() { ["n"] = "2" } });
        var read = await new TransferService(_client).GetAsync(transfer.Id);
        Assert.Equal((7_470L, 3_735L), (read.Amount, read.AmountReversed));
        Assert.Equal(265, _fake.Intent(intent.Id).ApplicationFeeRefunded);

        var list = await refunds.ListAsync(new RefundListOptions { PaymentIntent = intent.Id, Limit = 1 });
        Assert.Equal(("2", true), (Assert.Single(list.Data).Metadata["n"], list.HasMore));
        var reversals = new TransferReversalService(_client);
        var tooMuch = new TransferReversalCreateOptions { Amount = 3_736 };
        var refused = await RefusedAsync(() => reversals.CreateAsync(transfer.Id, tooMuch), HttpStatusCode.BadRequest);
        Assert.Equal("amount_too_large", refused.Code);
        Assert.Equal(3_735, (await reversals.CreateAsync(transfer.Id, new TransferReversalCreateOptions())).Amount);

        // The partial capture released the rest of the authorization: Stripe shows it as refunded on the charge.
        var charge = _fake.Intent(intent.Id).ChargeJson();
        Assert.Equal((2_000L + 5_000L, transfer.Id), (charge["amount_refunded"]!.GetValue<long>(), charge["transfer"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_lapsed_card_authorization_expires_its_charge_and_cancels_the_intent_and_other_methods_have_no_capture_before()
    {
        var card = await IntentAsync(2_000);
        var klarna = await IntentAsync(2_000);
        await _fake.AuthorizeAsync(card.Id);
        await _fake.AuthorizeAsync(klarna.Id, "klarna");
        Assert.Null(_fake.Intent(klarna.Id).ChargeJson()["payment_method_details"]!["klarna"]!["capture_before"]);
        Assert.NotNull(_fake.Intent(card.Id).ChargeJson()["payment_method_details"]!["card"]!["capture_before"]);

        _now = _now.Add(_fake.AuthorizationValidity).AddMinutes(1);
        var events = await _fake.LapseDueAsync();
        Assert.Equal(new[] { "charge.expired", "payment_intent.canceled" }, events.Select(e => e.Type));
        var intent = JsonNode.Parse(events[1].Body)!["data"]!["object"]!;
        Assert.Equal("canceled", intent["status"]!.GetValue<string>());
        Assert.Equal("automatic", intent["cancellation_reason"]!.GetValue<string>());
        Assert.Equal(0L, intent["amount_capturable"]!.GetValue<long>());
        var charge = JsonNode.Parse(events[0].Body)!["data"]!["object"]!;
        Assert.Equal((false, true, card.Id), (charge["captured"]!.GetValue<bool>(), charge["refunded"]!.GetValue<bool>(),
            charge["payment_intent"]!.GetValue<string>()));
        Assert.Equal("requires_capture", _fake.Intent(klarna.Id).Status);
    }

    [Fact]
    public async Task A_dispute_withdraws_the_amount_and_fee_blocks_refunds_and_a_win_reinstates_them()
    {
        var intent = await IntentAsync(6_600);
        await _fake.AuthorizeAsync(intent.Id);
        await new PaymentIntentService(_client).CaptureAsync(intent.Id);
        await _fake.RefundOutOfBandAsync(intent.Id, 600);
        var opened = await _fake.DisputeAsync(intent.Id, "product_not_received");
        Assert.Equal(new[] { "charge.dispute.created", "charge.dispute.funds_withdrawn" }, opened.Select(e => e.Type));
        var dispute = await new DisputeService(_client).GetAsync(_fake.DisputesOf(intent.Id)[0].Id);
        Assert.Equal((6_000L, "needs_response", -6_000L, 1_500L), (dispute.Amount, dispute.Status, dispute.BalanceTransactions[0].Amount,
            dispute.BalanceTransactions[0].Fee));
        var refund = new RefundCreateOptions { PaymentIntent = intent.Id };
        Assert.Equal("charge_disputed",
            (await RefusedAsync(() => new RefundService(_client).CreateAsync(refund), HttpStatusCode.BadRequest)).Code);

        var closed = await _fake.CloseDisputeAsync(intent.Id, won: true);
        Assert.Equal(new[] { "charge.dispute.funds_reinstated", "charge.dispute.closed" }, closed.Select(e => e.Type));
        Assert.Equal(2, (await new DisputeService(_client).GetAsync(dispute.Id)).BalanceTransactions.Count);
    }

    [Fact]
    public async Task Payouts_are_listed_per_account_and_a_deauthorized_account_is_out_of_reach()
    {
        var account = await AccountAsync();
        _fake.PayoutSilently(account, 1_000);
        await _fake.PayoutAsync(account, 2_000, paid: false);
        var payouts = await new PayoutService(_client).ListAsync(new PayoutListOptions(), new RequestOptions { StripeAccount = account });
        Assert.Equal(new[] { 2_000L, 1_000L }, payouts.Data.Select(p => p.Amount));

        var events = await _fake.DeauthorizeAsync(account);
        var e = Assert.Single(events);
        Assert.Equal(("account.application.deauthorized", account, "application"), (e.Type, e.Account,
            JsonNode.Parse(e.Body)!["data"]!["object"]!["object"]!.GetValue<string>()));
        var read = await RefusedAsync(() => new AccountService(_client).GetAsync(account), HttpStatusCode.Forbidden);
        Assert.Equal("account_invalid", read.Code);
        var charge = await RefusedAsync(() => IntentAsync(1_000, destination: account), HttpStatusCode.BadRequest);
        Assert.Equal("resource_missing", charge.Code);

        var disabled = await AccountAsync();
        _fake.UpdateAccountSilently(disabled, chargesEnabled: false);
        Assert.Equal("insufficient_capabilities_for_transfer",
            (await RefusedAsync(() => IntentAsync(1_000, destination: disabled), HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public void A_signature_made_with_two_secrets_verifies_with_either()
    {
        const string Body = """{"id":"evt_1","object":"event","type":"x","data":{"object":{}}}""";
        var header = StripeFake.SignatureHeader(["whsec_old", "whsec_new"], Body);
        Assert.Equal(2, header.Split(',').Count(p => p.StartsWith("v1=", StringComparison.Ordinal)));
        foreach (var secret in new[] { "whsec_old", "whsec_new" }) EventUtility.ValidateSignature(Body, header, secret, 300);
        Assert.Throws<StripeException>(() => EventUtility.ValidateSignature(Body, header, "whsec_other", 300));
    }
}
