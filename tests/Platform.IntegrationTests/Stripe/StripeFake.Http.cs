using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Platform.IntegrationTests.Stripe;

/// <summary>Authentication, the request log, injected failures and idempotency around every API call.</summary>
public sealed partial class StripeFake
{
    /// <summary>How long Stripe keeps an idempotency key: "at least 24 hours" (https://docs.stripe.com/api/idempotent_requests).</summary>
    public static readonly TimeSpan IdempotencyKeyLifetime = TimeSpan.FromHours(24);

    /// <summary>A key's first request: its parameters, when it was first seen, and the saved answer (null while it runs).</summary>
    private sealed record IdempotencyEntry(string Fingerprint, DateTimeOffset Created, int? Status = null, string? Body = null);

    /// <summary>What one API call did: its answer, the events it caused, and whether it failed validation before acting.</summary>
    private sealed record Outcome(int Status, JsonObject Body, List<FakeEvent> Events, bool Validation = false)
    {
        public static Outcome Ok(JsonObject body, params FakeEvent[] events) => new(200, body, [.. events]);

        /// <summary>A refusal the endpoint reached while executing (a state error): saved for its idempotency key.</summary>
        public static Outcome Bad(string? code, string message, string? param = null, string type = "invalid_request_error") =>
            new(400, Error(type, code, message, param), []);

        /// <summary>Parameters that fail validation: "no idempotent result is saved because no API endpoint initiates execution".</summary>
        public static Outcome Invalid(string? code, string message, string? param = null) =>
            new(400, Error("invalid_request_error", code, message, param), [], Validation: true);

        public static Outcome Missing(string what, string id, string? param = null) =>
            new(404, Error("invalid_request_error", "resource_missing", $"No such {what}: '{id}'", param), []);
    }

    /// <summary>
    /// Forgets every saved idempotency key at once, as if 24 hours had passed: the next request with an old key
    /// runs again as a new request (https://docs.stripe.com/api/idempotent_requests). Keys still running stay.
    /// </summary>
    public void PruneIdempotencyKeys()
    {
        lock (_gate)
            foreach (var key in _idempotency.Where(p => p.Value.Status is not null).Select(p => p.Key).ToList()) _idempotency.Remove(key);
    }

    /// <summary>When <paramref name="key"/> was first used, if Stripe still remembers it.</summary>
    public DateTimeOffset? IdempotencyKeyCreated(string key)
    {
        lock (_gate) return _idempotency.TryGetValue(key, out var entry) ? entry.Created : null;
    }

    /// <summary>
    /// Stripe's idempotency (https://docs.stripe.com/api/idempotent_requests): the status code and body of the
    /// first request for a key are saved once the endpoint begins executing — 500 errors included — and later
    /// requests with the key replay them (<c>Idempotent-Replayed: true</c>); a request that fails parameter
    /// validation saves nothing; the same key with other parameters is an idempotency_error; a key whose first
    /// request is still running answers 409. Keys older than 24 hours by <see cref="Now"/> are pruned.
    /// </summary>
    private async Task HandleAsync(HttpContext http, Func<IReadOnlyDictionary<string, string>, Outcome> action)
    {
        var request = http.Request;
        var form = request.HasFormContentType
            ? (await request.ReadFormAsync()).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal)
            : request.Query.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        var key = request.Method == "POST" ? request.Headers["Idempotency-Key"].FirstOrDefault() : null;
        var version = request.Headers["Stripe-Version"].FirstOrDefault();
        var path = request.Path.Value ?? "";

        if (request.Headers.Authorization.FirstOrDefault() != $"Bearer {SecretKey}")
        {
            await RespondAsync(http, new Outcome(401, Error("invalid_request_error", null, "Invalid API Key provided: sk_test_****"), []));
            return;
        }
        if (request.Headers["Stripe-Account"].FirstOrDefault() is { } onBehalf && Unreachable(onBehalf) is { } denied)
        {
            lock (_gate) _requests.Add(new FakeRequest(request.Method, path, form, key, version, denied.Status, false));
            await RespondAsync(http, denied);
            return;
        }

        var fingerprint = request.Method + " " + path + "?"
            + string.Join("&", form.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
        FakeFailure? failure = null;
        Outcome outcome;
        lock (_gate)
        {
            PruneExpiredKeys();
            var index = _failures.FindIndex(f => path.Contains(f.Match, StringComparison.Ordinal));
            if (index >= 0)
            {
                failure = _failures[index].Mode;
                _failures.RemoveAt(index);
            }
            if (key is not null && _idempotency.TryGetValue(key, out var seen))
            {
                var replayed = seen.Status is not null && seen.Fingerprint == fingerprint;
                outcome = seen switch
                {
                    { Status: null } => new Outcome(409, Error("idempotency_error", "idempotency_key_in_use",
                        "There is currently another in-progress request using this Idempotent Key."), []),
                    _ when seen.Fingerprint != fingerprint => Outcome.Bad(null,
                        "Keys for idempotent requests can only be used with the same parameters they were first used with. "
                        + $"Try using a key other than '{key}' if you meant to execute a different request.", null, "idempotency_error"),
                    _ => new Outcome(seen.Status.Value, (JsonObject)JsonNode.Parse(seen.Body!)!, []),
                };
                _requests.Add(new FakeRequest(request.Method, path, form, key, version, outcome.Status, replayed));
                if (replayed) http.Response.Headers["Idempotent-Replayed"] = "true";
                goto respond;
            }
            if (key is not null) _idempotency[key] = new IdempotencyEntry(fingerprint, Now());
        }

        if (failure == FakeFailure.Before)
        {
            outcome = new Outcome(500, Error("api_error", null, "An injected failure (before acting)."), []);
            lock (_gate)
            {
                Save(key, fingerprint, outcome);
                _requests.Add(new FakeRequest(request.Method, path, form, key, version, 500, false));
            }
            goto respond;
        }

        lock (_gate)
        {
            outcome = action(form);
            var answer = failure == FakeFailure.AfterActing
                ? new Outcome(500, Error("api_error", null, "An injected failure (after acting)."), [])
                : outcome;
            if (key is not null && outcome.Validation) _idempotency.Remove(key);
            else Save(key, fingerprint, answer);
            var logged = failure switch { FakeFailure.AfterActing => 500, FakeFailure.ConnectionLost => 0, _ => outcome.Status };
            _requests.Add(new FakeRequest(request.Method, path, form, key, version, logged, false));
        }
        Publish(outcome.Events);
        if (failure == FakeFailure.ConnectionLost)
        {
            // The answer was saved above; the client only sees the connection drop.
            http.Abort();
            return;
        }
        if (failure == FakeFailure.AfterActing)
            outcome = new Outcome(500, Error("api_error", null, "An injected failure (after acting)."), []);

    respond:
        http.Response.StatusCode = outcome.Status;
        http.Response.ContentType = "application/json";
        http.Response.Headers["Request-Id"] = NewId("req");
        await http.Response.WriteAsync(outcome.Body.ToJsonString());
    }

    private void Save(string? key, string fingerprint, Outcome outcome)
    {
        if (key is null) return;
        var created = _idempotency.TryGetValue(key, out var entry) ? entry.Created : Now();
        _idempotency[key] = new IdempotencyEntry(fingerprint, created, outcome.Status, outcome.Body.ToJsonString());
    }

    private void PruneExpiredKeys()
    {
        var horizon = Now() - IdempotencyKeyLifetime;
        foreach (var old in _idempotency.Where(p => p.Value.Status is not null && p.Value.Created < horizon).Select(p => p.Key).ToList())
            _idempotency.Remove(old);
    }

    /// <summary>
    /// A connected account the platform cannot act on: unknown, or disconnected from the platform. Stripe's code
    /// for a bad <c>Stripe-Account</c> header is account_invalid (https://docs.stripe.com/error-codes#account-invalid).
    /// </summary>
    private Outcome? Unreachable(string accountId)
    {
        lock (_gate)
        {
            if (_accounts.TryGetValue(accountId, out var account) && !account.Deauthorized) return null;
        }
        return new Outcome(403, Error("invalid_request_error", "account_invalid",
            $"The provided key 'sk_test_****' does not have access to account '{accountId}' (or that account does not exist). "
            + "Application access may have been revoked."), []);
    }

    private static async Task RespondAsync(HttpContext http, Outcome outcome)
    {
        http.Response.StatusCode = outcome.Status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(outcome.Body.ToJsonString());
    }
}
