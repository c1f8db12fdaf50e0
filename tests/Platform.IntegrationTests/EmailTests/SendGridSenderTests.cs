using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Platform.Modules.Email;

namespace Platform.IntegrationTests.EmailTests;

/// <summary>
/// The SendGrid provider against a local fake of its API: the request the SendGrid package makes (key, JSON body,
/// invite attachment), and how answers map to permanent and transient failures.
/// </summary>
public sealed class SendGridSenderTests
{
    [Fact]
    public async Task Sends_the_key_the_message_and_the_invite_and_classifies_refusals()
    {
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var status = 202;
        string? path = null, auth = null, body = null;
        var serving = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await listener.GetContextAsync(); } catch (HttpListenerException) { return; } catch (ObjectDisposedException) { return; }
                path = context.Request.Url!.AbsolutePath;
                auth = context.Request.Headers["Authorization"];
                using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8)) body = await reader.ReadToEndAsync();
                context.Response.StatusCode = status;
                context.Response.Close();
            }
        });
        var sender = new SendGridEmailSender(
            Options.Create(new EmailOptions
            {
                Provider = "SendGrid", SendGridApiKey = "SG.test-key", SendGridBaseUrl = $"http://127.0.0.1:{port}", From = "Platform <no-reply@platform.test>",
            }),
            new PlainHttpClientFactory());
        var message = new EmailMessage("alex@example.test", "Confirmed: Yoga", "Plain body", "<p>Html body</p>")
        {
            Invite = new CalendarInvite("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n", CalendarInvite.Request),
            MessageId = "<abc@platform>",
            FromName = "Sunrise Yoga",
        };

        await sender.SendAsync(message, CancellationToken.None);
        Assert.Equal("/v3/mail/send", path);
        Assert.Equal("Bearer SG.test-key", auth);
        var json = JsonNode.Parse(body!)!;
        Assert.Equal("alex@example.test", json["personalizations"]![0]!["to"]![0]!["email"]!.GetValue<string>());
        Assert.Equal("Confirmed: Yoga", json["subject"]!.GetValue<string>());
        Assert.Equal("Sunrise Yoga", json["from"]!["name"]!.GetValue<string>());
        Assert.Equal("no-reply@platform.test", json["from"]!["email"]!.GetValue<string>());
        var content = json["content"]!.AsArray();
        Assert.Equal("text/plain", content[0]!["type"]!.GetValue<string>());
        Assert.Equal("text/html", content[1]!["type"]!.GetValue<string>());
        var attachment = json["attachments"]![0]!;
        Assert.Equal("invite.ics", attachment["filename"]!.GetValue<string>());
        Assert.Equal("text/calendar; method=REQUEST", attachment["type"]!.GetValue<string>());
        Assert.Contains("METHOD:REQUEST", Encoding.UTF8.GetString(Convert.FromBase64String(attachment["content"]!.GetValue<string>())), StringComparison.Ordinal);

        status = 400;
        var refused = await Assert.ThrowsAsync<EmailDeliveryException>(() => sender.SendAsync(message, CancellationToken.None));
        Assert.True(refused.Permanent);
        Assert.Equal(400, refused.StatusCode);
        status = 429;
        var limited = await Assert.ThrowsAsync<EmailDeliveryException>(() => sender.SendAsync(message, CancellationToken.None));
        Assert.False(limited.Permanent);
        status = 503;
        Assert.False((await Assert.ThrowsAsync<EmailDeliveryException>(() => sender.SendAsync(message, CancellationToken.None))).Permanent);
        listener.Stop();
        await serving;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private sealed class PlainHttpClientFactory : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }
}
