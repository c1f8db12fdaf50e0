using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests;

/// <summary>What the server writes about requests: one line each, with what operators need, and never a secret.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class LogTests(PlatformApp app)
{
    private const string RequestCategory = "Platform.Api.Operations.RequestLog";

    [Fact]
    public async Task Every_request_gets_one_information_line_with_method_route_tenant_operation_status_duration_and_trace_id()
    {
        var accounts = new Accounts(app);
        var org = await accounts.CreateOrganizationAsync();
        var operation = "Probe" + Guid.NewGuid().ToString("N")[..8];

        await accounts.GraphQL.SendAsync($"query {operation} {{ organization {{ slug }} }}", tenant: org.Slug);

        bool IsOurs(CapturedLogs.Entry e) => e.Category == RequestCategory && Equals(e.Fields.GetValueOrDefault("Operation"), operation);
        var line = await app.Logs.WaitForAsync(IsOurs, TimeSpan.FromSeconds(10));
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Equal("POST", line.Fields["Method"]);
        Assert.Equal("/graphql", line.Fields["Route"]);
        Assert.Equal(org.Slug, line.Fields["Tenant"]);
        Assert.Equal(200, line.Fields["Status"]);
        Assert.InRange(Assert.IsType<double>(line.Fields["DurationMs"]), 0, 60_000);
        Assert.Matches("^[0-9a-f]{32}$", Assert.IsType<string>(line.Fields["TraceId"]));
        Assert.Single(app.Logs.Entries, IsOurs);
    }

    [Fact]
    public async Task No_log_line_carries_a_password_a_bearer_token_or_an_email_body()
    {
        var accounts = new Accounts(app);
        var org = await accounts.CreateOrganizationAsync();
        var invitee = $"invitee-{Guid.NewGuid():N}@example.test";
        await accounts.GraphQL.SendAsync("mutation($email: String!) { inviteMember(input: { email: $email }) { invitation { id } } }",
            new { email = invitee }, org.Owner.Token, org.Slug);
        await using (await WsClient.OpenAsync(app.BaseAddress, org.Owner.Token, org.Slug))
        {
        }
        var wrongPassword = "wrong-" + Guid.NewGuid().ToString("N");
        using (await app.Http().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
               {
                   ["grant_type"] = "password", ["client_id"] = "platform-dev", ["scope"] = "api",
                   ["username"] = org.Owner.Email, ["password"] = wrongPassword,
               })))
        {
        }
        var email = EmailTo(invitee);
        var invitationToken = InvitationToken().Match(email).Groups[1].Value;
        Assert.NotEmpty(invitationToken);

        // Everything the host logged in this run so far, messages and structured values alike.
        var logged = string.Join("\n", app.Logs.Entries.Select(e => e + " " + string.Join(" ", e.Fields.Values)));

        string[] secrets = [Accounts.Password, "demo-password-1", wrongPassword, org.Owner.Token, invitationToken, email.Trim()];
        foreach (var secret in secrets)
            Assert.DoesNotContain(secret, logged, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_log_lines_carry_a_UTC_timestamp()
    {
        var json = app.Services.GetServices<ConsoleFormatter>().Single(f => f.Name == ConsoleFormatterNames.Json);
        using var writer = new StringWriter();

        json.Write(new LogEntry<string>(LogLevel.Information, "Probe", new EventId(1), "hello", null, (state, _) => state), null, writer);

        var line = JsonNode.Parse(writer.ToString())!;
        var at = DateTimeOffset.Parse(line["Timestamp"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.Zero, at.Offset);
        Assert.InRange(at, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
    }

    private string EmailTo(string address) =>
        Directory.EnumerateFiles(app.MailDirectory, "*.eml")
            .Select(path => MimeKit.MimeMessage.Load(path))
            .Single(m => m.To.Mailboxes.Any(b => b.Address == address))
            .TextBody ?? "";

    [GeneratedRegex("token=([0-9a-f]+)")]
    private static partial Regex InvitationToken();
}
