using System.Text.Json.Nodes;
using Npgsql;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.EmailTests;

/// <summary>
/// Booking emails end to end through the public API and a real SMTP server: what arrives is parsed by mailparser and
/// the invite by ical.js (npm), not by our code.
/// </summary>
public sealed class EmailDeliveryTests(SmtpEmailApp app) : IClassFixture<SmtpEmailApp>
{
    private readonly Bookings _bookings = new(app);

    [Fact]
    public async Task Confirmation_reschedule_and_cancellation_carry_one_invite_uid_with_a_rising_sequence()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        var start = Bookings.Slot(0);
        var booking = await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start, idempotencyKey = Guid.NewGuid().ToString() });
        var id = booking["id"]!.GetValue<string>();
        var uid = $"{Bookings.IdOf(id):D}@platform";

        var confirmed = await app.Sink.WaitForAsync(customer.Email, m => Subject(m).StartsWith("Confirmed:", StringComparison.Ordinal), "the confirmation");
        Assert.Contains("is confirmed", confirmed["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("is confirmed", confirmed["html"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("/manage/", confirmed["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f-]{36}@platform$", confirmed["messageId"]!.GetValue<string>().Trim('<', '>'));
        var invite = confirmed["calendar"]!;
        Assert.Equal("REQUEST", invite["method"]!.GetValue<string>());
        Assert.Equal(uid, invite["uid"]!.GetValue<string>());
        Assert.Equal(0, invite["sequence"]!.GetValue<int>());
        Assert.Equal(start.UtcDateTime, DateTimeOffset.Parse(invite["dtstart"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).UtcDateTime);
        Assert.True(invite["hasAttachment"]!.GetValue<bool>());
        await app.Sink.WaitForAsync(shop.ProviderPerson.Email, m => Subject(m).StartsWith("New booking:", StringComparison.Ordinal), "the host's notice");

        var moved = await _bookings.GraphQL.SendAsync(
            "mutation($id: ID!, $start: DateTimeOffset!) { rescheduleBooking(id: $id, start: $start) { userErrors { code } } }",
            new { id, start = Bookings.Slot(2) }, customer.Token, shop.Org.Slug);
        Assert.Empty(moved.Get("rescheduleBooking.userErrors").AsArray());
        var update = await app.Sink.WaitForAsync(customer.Email, m => Subject(m).StartsWith("Moved:", StringComparison.Ordinal), "the move");
        Assert.Equal("REQUEST", update["calendar"]!["method"]!.GetValue<string>());
        Assert.Equal(uid, update["calendar"]!["uid"]!.GetValue<string>());
        Assert.Equal(1, update["calendar"]!["sequence"]!.GetValue<int>());

        var cancelled = await _bookings.ActAsync(shop, customer.Token, "cancelBooking", id);
        Assert.Empty(cancelled.Get("cancelBooking.userErrors").AsArray());
        var cancel = await app.Sink.WaitForAsync(customer.Email, m => Subject(m).StartsWith("Cancelled:", StringComparison.Ordinal), "the cancellation");
        Assert.Equal("CANCEL", cancel["calendar"]!["method"]!.GetValue<string>());
        Assert.Equal(uid, cancel["calendar"]!["uid"]!.GetValue<string>());
        Assert.Equal(2, cancel["calendar"]!["sequence"]!.GetValue<int>());
        Assert.Equal("CANCELLED", cancel["calendar"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_German_customer_gets_German_text()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        await OwnerSqlAsync("UPDATE identity.users SET preferred_language = 'de' WHERE id = $1", customer.Id);
        await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(0), idempotencyKey = Guid.NewGuid().ToString() });

        var message = await app.Sink.WaitForAsync(customer.Email, m => Subject(m).StartsWith("Bestätigt:", StringComparison.Ordinal), "the German confirmation");
        Assert.Contains("Ihre Buchung", message["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Stornieren", message["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_override_is_used_and_an_invalid_one_refused()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        const string Set = """
            mutation($input: SetNotificationTemplateInput!) {
              setNotificationTemplate(input: $input) { template { overridden subject } userErrors { code field message } }
            }
            """;
        var unknown = await _bookings.GraphQL.SendAsync(Set, new
        {
            input = new { message = "booking_confirmed", language = "en", subject = "{{ booking.price }}", html = "<p>x</p>", text = "x" },
        }, shop.Org.Owner.Token, shop.Org.Slug);
        Assert.Equal("TEMPLATE_INVALID", Bookings.ErrorCode(unknown, "setNotificationTemplate"));
        Assert.Contains("booking.price", unknown.Get("setNotificationTemplate.userErrors")[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var broken = await _bookings.GraphQL.SendAsync(Set, new
        {
            input = new { message = "booking_confirmed", language = "en", subject = "ok", html = "{% if %}", text = "x" },
        }, shop.Org.Owner.Token, shop.Org.Slug);
        Assert.Equal("TEMPLATE_INVALID", Bookings.ErrorCode(broken, "setNotificationTemplate"));
        Assert.Equal("html", broken.Get("setNotificationTemplate.userErrors")[0]!["field"]!.GetValue<string>());

        var saved = await _bookings.GraphQL.SendAsync(Set, new
        {
            input = new
            {
                message = "booking_confirmed", language = "en", subject = "Custom: {{ booking.offering }}",
                html = "<p>{{ organization.name }} says yes</p>", text = "Custom text for {{ recipient.email }}",
            },
        }, shop.Org.Owner.Token, shop.Org.Slug);
        Assert.Empty(saved.Get("setNotificationTemplate.userErrors").AsArray());
        Assert.True(saved.Get("setNotificationTemplate.template.overridden").GetValue<bool>());
        var list = await _bookings.GraphQL.SendAsync(
            "{ notificationTemplates { message language overridden variables } }", null, shop.Org.Owner.Token, shop.Org.Slug);
        var templates = list.Get("notificationTemplates").AsArray();
        Assert.Equal(Platform.Api.Features.Notifications.Domain.NotificationMessages.All.Count * 2, templates.Count);
        Assert.Single(templates, t => t!["overridden"]!.GetValue<bool>());

        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(0), idempotencyKey = Guid.NewGuid().ToString() });
        var message = await app.Sink.WaitForAsync(customer.Email, m => Subject(m).StartsWith("Custom:", StringComparison.Ordinal), "the custom email");
        Assert.Equal($"Custom text for {customer.Email}", message["text"]!.GetValue<string>().Trim());
        Assert.Equal("REQUEST", message["calendar"]!["method"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_mailbox_the_server_refuses_fails_the_delivery_without_retrying()
    {
        var shop = await _bookings.ShopAsync(payments: false);
        var offering = await _bookings.OfferingAsync(shop);
        var customer = await _bookings.Accounts.SignUpAsync();
        var refused = $"reject-{Guid.NewGuid():N}@example.test";
        await OwnerSqlAsync("UPDATE identity.users SET email = $2, normalized_email = upper($2) WHERE id = $1", customer.Id, refused);
        await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(0), idempotencyKey = Guid.NewGuid().ToString() });

        string? seen = null;
        await Eventually.TrueAsync(async () =>
        {
            seen = await _bookings.ScalarAsync<string>(shop.Org, "SELECT state || ' ' || attempts || ' ' || coalesce(last_status_code, 0) || ' ' || coalesce(last_error, '') "
                + "FROM notification_deliveries WHERE recipient = $1", refused);
            return seen is not null && seen.StartsWith("Failed", StringComparison.Ordinal);
        }, "the refused delivery to fail").ContinueWith(
            t => Assert.True(t.IsCompletedSuccessfully, "Last seen: " + (seen ?? "no delivery")), TaskScheduler.Default);
        Assert.StartsWith("Failed 1 550", seen, StringComparison.Ordinal);
    }

    private static string Subject(JsonNode message) => message["subject"]?.GetValue<string>() ?? "";

    private async Task OwnerSqlAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(app.Database.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        await command.ExecuteNonQueryAsync();
    }
}
