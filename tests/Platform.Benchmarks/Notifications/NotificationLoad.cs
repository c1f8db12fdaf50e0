using System.Diagnostics;
using System.Text.Json;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Platform.Benchmarks.Infrastructure;

namespace Platform.Benchmarks.Notifications;

/// <summary>The benchmark's moving parts: the baselines against the receivers, and the holds that cause deliveries.</summary>
public static class NotificationLoad
{
    private const string Hold = """
        mutation($input: HoldBookingInput!) { holdBooking(input: $input) { booking { id status } userErrors { code message } } }
        """;

    /// <summary>
    /// The receivers' own pace, measured with what the outbox does per delivery: a new SMTP connection per email
    /// (MailKit, like the SMTP provider), an HTTP POST per webhook (pooled connections, like HttpClientFactory).
    /// </summary>
    public static async Task<(double Emails, double Webhooks)> BaselineAsync(
        SmtpSink sink, WebhookReceiver receiver, int count, int concurrency, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var message = new MimeMessage { Subject = $"Baseline {i}", MessageId = $"baseline-{i}@bench" };
                message.From.Add(MailboxAddress.Parse("bench@platform.local"));
                message.To.Add(MailboxAddress.Parse($"customer-{i}@bench.test"));
                message.Body = new TextPart("plain") { Text = "A baseline message of about the size of a confirmation." + new string('.', 2000) };
                using var smtp = new SmtpClient();
                await smtp.ConnectAsync("127.0.0.1", sink.Port, SecureSocketOptions.None, ct);
                await smtp.SendAsync(message, ct);
                await smtp.DisconnectAsync(true, ct);
            });
        var emails = count / watch.Elapsed.TotalSeconds;

        using var http = new HttpClient();
        var body = JsonSerializer.Serialize(new { id = "evt_baseline", type = "booking.confirmed", data = new { padding = new string('x', 1000) } });
        watch.Restart();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
                using var request = new HttpRequestMessage(HttpMethod.Post, receiver.Url) { Content = content };
                request.Headers.Add("Platform-Webhook-Id", $"baseline-{i}");
                using var response = await http.SendAsync(request, ct);
                response.EnsureSuccessStatusCode();
            });
        return (emails, count / watch.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Free holds (confirmed at once) on distinct slots, started at <paramref name="perSecond"/> (0: as fast as
    /// <paramref name="clients"/> clients go). Every answer must be a CONFIRMED booking.
    /// </summary>
    public static async Task HoldAsync(
        BenchApp app, NotificationFixture fixture, int first, int count, int perSecond, int clients, CancellationToken cancellationToken)
    {
        var start = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(3);
        var watch = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async worker =>
        {
            using var http = app.Http();
            var client = new GraphQLClient(http);
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                if (perSecond > 0 && TimeSpan.FromSeconds((double)i / perSecond) - watch.Elapsed is { Ticks: > 0 } wait)
                    await Task.Delay(wait, cancellationToken);
                var slot = first + i;
                var payload = GraphQLClient.Payload(Hold, new
                {
                    input = new
                    {
                        offeringId = fixture.OfferingId,
                        providerId = fixture.ProviderIds[slot % fixture.ProviderIds.Count],
                        start = start.AddHours(slot / fixture.ProviderIds.Count),
                        idempotencyKey = $"bench-notifications-{slot}",
                    },
                });
                var (_, body, status) = await client.TimeAsync(payload, fixture.Slug, fixture.CustomerToken, cancellationToken);
                using var json = JsonDocument.Parse(body);
                var booking = status == 200 && json.RootElement.TryGetProperty("data", out var data)
                    ? data.GetProperty("holdBooking").GetProperty("booking")
                    : default;
                if (booking.ValueKind != JsonValueKind.Object || booking.GetProperty("status").GetString() != "CONFIRMED")
                    throw new InvalidOperationException($"HTTP {status}: {body}");
            }
        }));
    }

    /// <summary>Waits until the receivers have <paramref name="emails"/> and <paramref name="webhooks"/> messages.</summary>
    public static async Task WaitForAsync(SmtpSink sink, WebhookReceiver receiver, int emails, int webhooks, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (sink.Count < emails || receiver.Count < webhooks)
        {
            if (watch.Elapsed > timeout)
                throw new TimeoutException($"After {timeout}: {sink.Count}/{emails} emails, {receiver.Count}/{webhooks} webhooks.");
            await Task.Delay(20);
        }
    }
}
