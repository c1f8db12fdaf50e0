using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Api.Data;
using Platform.Api.Features.Integrations.Domain;
using Platform.Api.Features.Notifications;
using Platform.Api.Features.Notifications.Dispatch;

namespace Platform.Api.Features.Integrations.Webhooks.Dispatch;

/// <summary>
/// Calls an endpoint with a delivery's body, exactly the bytes fixed at fan-out (a booking event's: at its first attempt,
/// stored before the call), signed with the endpoint's secret
/// (and the previous one during a rotation's grace). 2xx is sent; 410 Gone is refused for good; 429 waits for
/// Retry-After; any other answer, a timeout or a connection failure is tried again later (the dispatcher's backoff).
/// A deleted or disabled endpoint's deliveries are cancelled. Every call counts for or against the endpoint's health.
/// </summary>
public sealed class WebhookSender(
    PlatformDbContext db,
    IHttpClientFactory httpClients,
    WebhookSecretProtector secrets,
    WebhookEndpointHealth health,
    WebhookPayloads payloads,
    IOptions<WebhooksOptions> options,
    TimeProvider clock) : IDeliverySender
{
    public DeliveryChannel Channel => DeliveryChannel.Webhook;

    public async Task<DeliveryOutcome> SendAsync(NotificationDelivery delivery, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(delivery.Recipient, out var endpointId)) return DeliveryOutcome.Cancelled("Not an endpoint id.");
        var endpoint = await db.WebhookEndpoints.AsNoTracking().SingleOrDefaultAsync(e => e.Id == endpointId, cancellationToken);
        if (endpoint is null) return DeliveryOutcome.Cancelled("The endpoint was deleted.");
        if (!endpoint.Enabled) return DeliveryOutcome.Cancelled("The endpoint is disabled.");

        var payload = delivery.Payload ?? await FixBodyAsync(delivery, cancellationToken);
        if (payload is null) return DeliveryOutcome.Cancelled("The event is gone.");
        delivery.Payload = payload;
        var body = Encoding.UTF8.GetBytes(payload);
        var now = clock.GetUtcNow();
        List<string> signing = [secrets.Unprotect(endpoint.EncryptedSecret)];
        if (endpoint.EncryptedPreviousSecret is { } previous && endpoint.PreviousSecretExpiresAt > now)
            signing.Add(secrets.Unprotect(previous));

        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation(WebhookEventIds.Header, EventIdOf(delivery));
        request.Headers.TryAddWithoutValidation(WebhookSignature.Header, WebhookSignature.Of(now.ToUnixTimeSeconds(), body, signing));

        var timeout = TimeSpan.FromSeconds(options.Value.TimeoutSeconds);
        DeliveryOutcome outcome;
        using (var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            limit.CancelAfter(timeout);
            try
            {
                var client = httpClients.CreateClient(WebhookHttp.ClientName);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token);
                outcome = OutcomeOf(response, now);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                outcome = DeliveryOutcome.Retry($"No answer within {timeout.TotalSeconds:0.#} s.");
            }
            catch (HttpRequestException e)
            {
                outcome = DeliveryOutcome.Retry($"Could not call the endpoint: {Describe(e)}");
            }
        }

        if (outcome.Kind == DeliveryOutcomeKind.Sent) await health.SucceededAsync(endpoint.Id, CancellationToken.None);
        else await health.FailedAsync(endpoint.Id, outcome.Error ?? "", CancellationToken.None);
        return outcome;
    }

    /// <summary>Builds a booking event's body at its first attempt and stores it, so every retry sends these bytes.</summary>
    private async Task<string?> FixBodyAsync(NotificationDelivery delivery, CancellationToken cancellationToken)
    {
        var built = await payloads.BuildForAsync(delivery, cancellationToken);
        if (built is null) return null;
        await db.Database.ExecuteSqlAsync(
            $"UPDATE notification_deliveries SET payload = {built} WHERE id = {delivery.Id} AND payload IS NULL", cancellationToken);
        return await db.NotificationDeliveries.AsNoTracking().Where(d => d.Id == delivery.Id).Select(d => d.Payload)
            .SingleOrDefaultAsync(cancellationToken) ?? built;
    }

    private static DeliveryOutcome OutcomeOf(HttpResponseMessage response, DateTimeOffset now)
    {
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300) return DeliveryOutcome.Sent(status);
        if (response.StatusCode == HttpStatusCode.Gone)
            return DeliveryOutcome.Failed("The endpoint answered 410 Gone: not retried.", status);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
            return DeliveryOutcome.Retry("The endpoint answered 429 Too Many Requests.", status, RetryAfter(response, now));
        if (status is >= 300 and < 400)
            return DeliveryOutcome.Retry($"The endpoint answered {status} (redirects are not followed).", status);
        return DeliveryOutcome.Retry($"The endpoint answered {status}.", status);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } when date > now => date - now,
            _ => null,
        };

    private static string Describe(HttpRequestException e)
    {
        var message = e.InnerException is { } inner && inner is not HttpRequestException ? $"{e.Message} ({inner.Message})" : e.Message;
        return message.Length > 500 ? message[..500] : message;
    }

    /// <summary>The body's own <c>id</c>: the same for every retry and redelivery of the event.</summary>
    private static string EventIdOf(NotificationDelivery delivery)
    {
        if (delivery.Payload is { } payload)
        {
            using var json = JsonDocument.Parse(payload);
            if (json.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String) return id.GetString()!;
        }

        return delivery.OutboxEventId is { } eventId
            ? WebhookEventIds.Of(eventId)
            : "evt_" + delivery.Id.ToString("N", CultureInfo.InvariantCulture);
    }
}
