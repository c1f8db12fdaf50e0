using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.IdentityTests;

/// <summary>Issue 13, item 1: password reset by email, by mutation and by the pages its link opens.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PasswordResetTests(PlatformApp app)
{
    private const string Request =
        "mutation($i: AccountEmailInput!) { requestPasswordReset(input: $i) { userErrors { code field message } } }";
    private const string Reset =
        "mutation($i: ResetPasswordInput!) { resetPassword(input: $i) { passwordReset userErrors { code field message } } }";
    private const string NewPassword = "a-brand-new-password-7";
    // Each test from its own client address: wrong tokens are counted per address for the whole run (the fuzz test
    // presents many), and this test's own counts must not depend on what ran before it.
    private readonly Accounts _accounts = new(app, app.HttpFrom(PlatformApp.NewClientAddress()));

    [Fact]
    public async Task A_reset_link_sets_a_new_password_once_ends_old_sessions_and_confirms_the_email()
    {
        var person = await _accounts.SignUpAsync();
        var refresh = (await PasswordGrantAsync(person.Email, Accounts.Password))["refresh_token"]!.GetValue<string>();
        var asked = await _accounts.GraphQL.SendAsync(Request, new { i = new { email = person.Email } });
        Assert.Null(Bookings.ErrorCode(asked, "requestPasswordReset"));
        var token = Mailbox.TokenOf(Mailbox.LatestLink(app, person.Email, "/account/reset"));

        var weak = await _accounts.GraphQL.SendAsync(Reset, new { i = new { email = person.Email, token, newPassword = "short" } });
        Assert.Equal("WEAK_PASSWORD", Bookings.ErrorCode(weak, "resetPassword"));
        var reset = await _accounts.GraphQL.SendAsync(Reset, new { i = new { email = person.Email, token, newPassword = NewPassword } });
        Assert.True(reset.Get("resetPassword.passwordReset").GetValue<bool>(), reset.Body!.ToJsonString());

        var again = new { email = person.Email, token, newPassword = "other-password-8" };
        var replay = await _accounts.GraphQL.SendAsync(Reset, new { i = again });
        Assert.Equal("INVALID_TOKEN", Bookings.ErrorCode(replay, "resetPassword"));
        Assert.Equal("invalid_grant", (await PasswordGrantAsync(person.Email, Accounts.Password))["error"]!.GetValue<string>());
        var fresh = await _accounts.TokenAsync(person.Email, NewPassword);

        using var refreshed = await app.Http().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = "platform-dev", ["refresh_token"] = refresh,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, refreshed.StatusCode);
        var viewer = await _accounts.GraphQL.SendAsync("{ viewer { user { emailConfirmed } } }", token: fresh);
        Assert.True(viewer.Get("viewer.user.emailConfirmed").GetValue<bool>());
    }

    [Fact]
    public async Task Asking_for_a_reset_answers_the_same_whether_or_not_the_address_has_an_account()
    {
        var person = await _accounts.SignUpAsync();
        var stranger = $"nobody-{Guid.NewGuid():N}@example.test";
        var known = await _accounts.GraphQL.SendAsync(Request, new { i = new { email = person.Email } });
        var unknown = await _accounts.GraphQL.SendAsync(Request, new { i = new { email = stranger } });

        Assert.Equal(known.Status, unknown.Status);
        Assert.Equal(known.Body!.ToJsonString(), unknown.Body!.ToJsonString());
        Assert.Empty(Mailbox.To(app, stranger));
        var input = new { email = stranger, token = "guess", newPassword = NewPassword };
        var wrong = await _accounts.GraphQL.SendAsync(Reset, new { i = input });
        Assert.Equal("INVALID_TOKEN", Bookings.ErrorCode(wrong, "resetPassword"));
    }

    [Fact]
    public async Task The_reset_pages_email_a_link_and_set_the_password_through_it()
    {
        var person = await _accounts.SignUpAsync();
        using var browser = app.HttpFrom(PlatformApp.NewClientAddress());
        using (var form = await browser.GetAsync("/account/reset"))
            Assert.Contains("name=\"email\"", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using (var asked = await browser.PostAsync("/account/reset", Form(("email", person.Email))))
            Assert.Contains("Check your inbox", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var link = Mailbox.LatestLink(app, person.Email, "/account/reset");
        var token = Mailbox.TokenOf(link);
        using (var page = await browser.GetAsync(link))
            Assert.Contains($"value=\"{token}\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using (var weak = await browser.PostAsync("/account/reset", ResetForm(person.Email, token, "short")))
            Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        using (var done = await browser.PostAsync("/account/reset", ResetForm(person.Email, token, NewPassword)))
        {
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
            Assert.Contains("Password changed", await done.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.NotEmpty(await _accounts.TokenAsync(person.Email, NewPassword));
    }

    private async Task<JsonObject> PasswordGrantAsync(string email, string password)
    {
        using var response = await app.Http().PostAsync("/connect/token", Form(("grant_type", "password"), ("client_id", "platform-dev"),
            ("username", email), ("password", password), ("scope", "api offline_access")));
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static FormUrlEncodedContent ResetForm(string email, string token, string newPassword) =>
        Form(("email", email), ("token", token), ("newPassword", newPassword));

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)));
}
