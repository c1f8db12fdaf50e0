using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Platform.IntegrationTests.Stripe;

/// <summary>An event as Stripe sends it: its JSON body exactly as signed, and the account of a Connect event.</summary>
public sealed record FakeEvent(string Id, string Type, string? Account, string Body)
{
    public bool IsConnect => Account is not null;
}

/// <summary>Events, their signing and delivery, and the controls a test uses to play the customer, the bank and Stripe.</summary>
public sealed partial class StripeFake
{
    private readonly List<FakeEvent> _events = [];
    private readonly Channel<FakeEvent> _outbox = Channel.CreateUnbounded<FakeEvent>();
    private readonly HttpClient _webhookClient = new() { Timeout = TimeSpan.FromSeconds(30) };
    private int _pendingDeliveries;
    private Task? _deliveryLoop;

    /// <summary>Send events as they happen (in order, in the background); off, they wait in <see cref="Events"/> for the test to deliver.</summary>
    public bool AutoDeliver { get; set; } = true;

    public IReadOnlyList<FakeEvent> Events
    {
        get
        {
            lock (_gate) return [.. _events];
        }
    }

    public IReadOnlyList<FakeEvent> EventsAbout(string objectId)
    {
        lock (_gate) return [.. _events.Where(e => ObjectIdOf(e) == objectId || IntentOf(e) == objectId)];
    }

    private FakeEvent Event(string type, JsonObject data, string? account = null)
    {
        var id = NewId("evt");
        var json = new JsonObject
        {
            ["id"] = id,
            ["object"] = "event",
            ["api_version"] = ApiVersion,
            ["created"] = Unix(),
            ["data"] = new JsonObject { ["object"] = data },
            ["livemode"] = false,
            ["pending_webhooks"] = 1,
            ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
            ["type"] = type,
        };
        if (account is not null) json["account"] = account;
        var e = new FakeEvent(id, type, account, json.ToJsonString());
        _events.Add(e);
        return e;
    }

    private void Publish(IEnumerable<FakeEvent> events)
    {
        if (!AutoDeliver) return;
        _deliveryLoop ??= Task.Run(DeliverLoopAsync);
        foreach (var e in events)
        {
            Interlocked.Increment(ref _pendingDeliveries);
            _outbox.Writer.TryWrite(e);
        }
    }

    private async Task DeliverLoopAsync()
    {
        await foreach (var e in _outbox.Reader.ReadAllAsync())
        {
            try
            {
                // Stripe retries a failed delivery; a few quick tries are enough here.
                for (var attempt = 0; attempt < 3; attempt++)
                {
                    if (await DeliverAsync(e) is >= 200 and < 300) break;
                    await Task.Delay(200);
                }
            }
            catch (HttpRequestException)
            {
            }
            finally
            {
                Interlocked.Decrement(ref _pendingDeliveries);
            }
        }
    }

    /// <summary>Delivers one event now, signed for its endpoint; returns the platform's status code.</summary>
    public Task<int> DeliverAsync(FakeEvent e) => PostSignedAsync(e, e.Body, SignatureHeader(e.IsConnect ? ConnectWebhookSecret : WebhookSecret, e.Body));

    /// <summary>Posts <paramref name="body"/> to the event's endpoint with any signature header (or none): for tampering tests.</summary>
    public Task<int> PostSignedAsync(FakeEvent e, string body, string? signature) =>
        PostAsync(e.IsConnect ? "/webhooks/stripe/connect" : "/webhooks/stripe", body, signature);

    public async Task<int> PostAsync(string path, string body, string? signature)
    {
        if (WebhookTarget is null) return 0;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(WebhookTarget, path))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (signature is not null) request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        using var response = await _webhookClient.SendAsync(request);
        return (int)response.StatusCode;
    }

    /// <summary>Waits until every automatically sent event was delivered.</summary>
    public async Task WaitForDeliveriesAsync(TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (Volatile.Read(ref _pendingDeliveries) > 0 && DateTime.UtcNow < until) await Task.Delay(20);
    }

    /// <summary>Holds every event back (they wait in <see cref="Events"/>) until the scope ends: the test delivers them itself.</summary>
    public IDisposable Holding()
    {
        AutoDeliver = false;
        return new Release(this);
    }

    private sealed class Release(StripeFake fake) : IDisposable
    {
        public void Dispose() => fake.AutoDeliver = true;
    }

    /// <summary>
    /// An event about the intent as it is now, but claiming <paramref name="status"/>: what a late or
    /// stale event looks like (e.g. canceled after succeeded). Signed like any other; not sent.
    /// </summary>
    public FakeEvent StaleIntentEvent(string type, string intentId, string status)
    {
        lock (_gate)
        {
            var json = _intents[intentId].ToJson(false);
            json["status"] = status;
            return Event(type, json);
        }
    }

    // ---- Controls: what the customer, the bank and Stripe do on their side. ----

    /// <summary>Someone other than the platform captures the authorization in full (the dashboard, a support agent).</summary>
    public Task<IReadOnlyList<FakeEvent>> CaptureOutOfBandAsync(string intentId) => ActAsync(() =>
    {
        var intent = _intents[intentId];
        if (intent.Status != "requires_capture") throw new InvalidOperationException($"Cannot capture a PaymentIntent that is {intent.Status}.");
        intent.AmountReceived = intent.AmountCapturable;
        intent.AmountCapturable = 0;
        intent.Status = "succeeded";
        return [Event("charge.captured", intent.ChargeJson()), Event("payment_intent.succeeded", intent.ToJson(false))];
    });

    /// <summary>The customer completes Stripe Elements and the card is authorized (manual capture: requires_capture).</summary>
    public Task<IReadOnlyList<FakeEvent>> AuthorizeAsync(string intentId) => ActAsync(() =>
    {
        var intent = _intents[intentId];
        if (intent.Status is not ("requires_payment_method" or "requires_confirmation" or "requires_action"))
            throw new InvalidOperationException($"Cannot authorize a PaymentIntent that is {intent.Status}.");
        intent.ChargeId ??= NewId("ch");
        intent.CaptureBefore = Now() + AuthorizationValidity;
        intent.AmountCapturable = intent.Amount;
        intent.LastPaymentError = null;
        intent.Status = "requires_capture";
        return [Event("charge.succeeded", intent.ChargeJson()), Event("payment_intent.amount_capturable_updated", intent.ToJson(false))];
    });

    /// <summary>The card is declined: the intent goes back to requires_payment_method with the decline code.</summary>
    public Task<IReadOnlyList<FakeEvent>> DeclineAsync(string intentId, string code = "card_declined") => ActAsync(() =>
    {
        var intent = _intents[intentId];
        intent.LastPaymentError = code;
        intent.Status = "requires_payment_method";
        return [Event("payment_intent.payment_failed", intent.ToJson(false))];
    });

    /// <summary>The authorization lapsed at the bank (capture_before passed): Stripe cancels the intent itself.</summary>
    public Task<IReadOnlyList<FakeEvent>> LapseAsync(string intentId) => ActAsync(() =>
    {
        var intent = _intents[intentId];
        intent.Status = "canceled";
        intent.CancellationReason = "automatic";
        intent.AmountCapturable = 0;
        return [Event("payment_intent.canceled", intent.ToJson(false))];
    });

    /// <summary>The administrator finished onboarding: charges and payouts enabled, nothing due.</summary>
    public Task<IReadOnlyList<FakeEvent>> CompleteOnboardingAsync(string accountId, bool charges = true) => ActAsync(() =>
    {
        var account = _accounts[accountId];
        account.ChargesEnabled = charges;
        account.PayoutsEnabled = charges;
        account.DetailsSubmitted = true;
        account.CurrentlyDue = charges ? [] : ["individual.verification.document"];
        return [Event("account.updated", account.ToJson(), accountId)];
    });

    /// <summary>The customer pays on the hosted page: the session's PaymentIntent is created and authorized.</summary>
    public Task<IReadOnlyList<FakeEvent>> CompleteCheckoutAsync(string sessionId) => ActAsync(() =>
    {
        var session = _sessions[sessionId];
        if (session.Status != "open" || Now() >= session.ExpiresAt) throw new InvalidOperationException($"The session is {session.Status}.");
        var id = NewId("pi");
        var intent = new FakePaymentIntent
        {
            Id = id,
            Amount = session.AmountTotal,
            Currency = session.Currency,
            ApplicationFeeAmount = session.ApplicationFeeAmount,
            Destination = session.Destination,
            Metadata = new Dictionary<string, string>(session.IntentMetadata),
            ClientSecret = id + "_secret_x",
            Created = Unix(),
            ChargeId = NewId("ch"),
            CaptureBefore = Now() + AuthorizationValidity,
            AmountCapturable = session.AmountTotal,
            Status = "requires_capture",
        };
        _intents[id] = intent;
        session.PaymentIntentId = id;
        session.Status = "complete";
        return [Event("payment_intent.amount_capturable_updated", intent.ToJson(false)), Event("checkout.session.completed", session.ToJson())];
    });

    /// <summary>The session ran out on Stripe's side.</summary>
    public Task<IReadOnlyList<FakeEvent>> ExpireCheckoutAsync(string sessionId) => ActAsync(() =>
    {
        var session = _sessions[sessionId];
        session.Status = "expired";
        return [Event("checkout.session.expired", session.ToJson())];
    });

    /// <summary>A pending refund settles (or fails, and its amount is back on the charge).</summary>
    public Task<IReadOnlyList<FakeEvent>> SettleRefundAsync(string refundId, bool succeeded = true, string failureReason = "expired_or_canceled_card") => ActAsync(() =>
    {
        var refund = _refunds[refundId];
        var intent = _intents[refund.PaymentIntentId];
        refund.Status = succeeded ? "succeeded" : "failed";
        if (!succeeded)
        {
            refund.FailureReason = failureReason;
            intent.AmountRefunded -= refund.Amount;
            return [Event("refund.failed", refund.ToJson()), Event("refund.updated", refund.ToJson())];
        }
        return [Event("refund.updated", refund.ToJson()), Event("charge.refunded", intent.ChargeJson())];
    });

    public Task<IReadOnlyList<FakeEvent>> DisputeAsync(string intentId, string reason = "fraudulent") => ActAsync(() =>
    {
        var intent = _intents[intentId];
        var dispute = new FakeDispute { Id = NewId("dp"), PaymentIntentId = intentId, ChargeId = intent.ChargeId!, Amount = intent.AmountReceived, Currency = intent.Currency, Reason = reason };
        _disputes[dispute.Id] = dispute;
        return [Event("charge.dispute.created", dispute.ToJson())];
    });

    public Task<IReadOnlyList<FakeEvent>> CloseDisputeAsync(string intentId, bool won) => ActAsync(() =>
    {
        var dispute = _disputes.Values.Single(d => d.PaymentIntentId == intentId);
        dispute.Status = won ? "won" : "lost";
        return [Event("charge.dispute.closed", dispute.ToJson())];
    });

    /// <summary>Stripe pays the connected account's balance out (or fails to).</summary>
    public Task<IReadOnlyList<FakeEvent>> PayoutAsync(string accountId, long amount, string currency = "usd", bool paid = true) => ActAsync(() =>
    {
        var payout = new FakePayout
        {
            Id = NewId("po"),
            Amount = amount,
            Currency = currency,
            Status = "pending",
            ArrivalDate = Now().AddDays(2).ToUnixTimeSeconds(),
        };
        var created = Event("payout.created", payout.ToJson(), accountId);
        payout.Status = paid ? "paid" : "failed";
        payout.FailureCode = paid ? null : "account_closed";
        return [created, Event(paid ? "payout.paid" : "payout.failed", payout.ToJson(), accountId)];
    });

    /// <summary>Runs a control under the state lock, then sends its events (automatically, or not at all when off).</summary>
    private async Task<IReadOnlyList<FakeEvent>> ActAsync(Func<IReadOnlyList<FakeEvent>> control)
    {
        IReadOnlyList<FakeEvent> events;
        lock (_gate) events = control();
        Publish(events);
        if (AutoDeliver) await WaitForDeliveriesAsync();
        return events;
    }

    private static string? ObjectIdOf(FakeEvent e) => JsonNode.Parse(e.Body)?["data"]?["object"]?["id"]?.GetValue<string>();

    private static string? IntentOf(FakeEvent e)
    {
        var data = JsonNode.Parse(e.Body)?["data"]?["object"];
        return data?["object"]?.GetValue<string>() == "payment_intent" ? data["id"]?.GetValue<string>() : data?["payment_intent"]?.GetValue<string>();
    }
}
