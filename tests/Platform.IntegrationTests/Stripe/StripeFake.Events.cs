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

    /// <summary>
    /// Send events as they happen (in order, in the background); off, they wait in <see cref="Events"/> for the test to deliver.
    /// </summary>
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
    public Task<int> DeliverAsync(FakeEvent e) =>
        PostSignedAsync(e, e.Body, SignatureHeader(e.IsConnect ? ConnectWebhookSecret : WebhookSecret, e.Body));

    /// <summary>
    /// Delivers one event signed with every one of <paramref name="secrets"/> (one v1 each, as while a secret is
    /// being rolled: https://docs.stripe.com/webhooks#roll-endpoint-secrets), at <paramref name="at"/> or now.
    /// </summary>
    public Task<int> DeliverWithSecretsAsync(FakeEvent e, string[] secrets, DateTimeOffset? at = null) =>
        PostSignedAsync(e, e.Body, SignatureHeader(secrets, e.Body, at));

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
        return data?["object"]?.GetValue<string>() == "payment_intent"
            ? data["id"]?.GetValue<string>()
            : data?["payment_intent"]?.GetValue<string>();
    }
}
