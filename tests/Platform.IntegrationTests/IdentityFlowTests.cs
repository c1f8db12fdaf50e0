using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests;

/// <summary>OAuth flows end to end, and membership by emailed invitation.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class IdentityFlowTests(PlatformApp app)
{
    private readonly Accounts _accounts = new(app);

    [Fact]
    public async Task Authorization_code_with_pkce_issues_a_token_that_works_for_graphql()
    {
        var person = await _accounts.SignUpAsync();
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = app.BaseAddress };

        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = $"/connect/authorize?client_id=platform-web&response_type=code&scope=api%20offline_access&redirect_uri={Uri.EscapeDataString("http://localhost:5000/callback")}&code_challenge={challenge}&code_challenge_method=S256&state=xyz";

        using var first = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.StartsWith("/account/login", first.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var login = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = person.Email, ["password"] = Accounts.Password, ["returnUrl"] = authorize,
        }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        using var second = await browser.GetAsync(login.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var callback = second.Headers.Location!;
        Assert.StartsWith("http://localhost:5000/callback", callback.ToString(), StringComparison.Ordinal);
        var code = Uri.UnescapeDataString(CodeParameter().Match(callback.Query).Groups[1].Value);

        using var exchange = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["client_id"] = "platform-web", ["code"] = code,
            ["redirect_uri"] = "http://localhost:5000/callback", ["code_verifier"] = verifier,
        }));
        var tokens = (await exchange.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(exchange.IsSuccessStatusCode, tokens.ToJsonString());

        var viewer = await _accounts.GraphQL.SendAsync("{ viewer { user { email } } }", token: tokens["access_token"]!.GetValue<string>());
        Assert.Equal(person.Email, viewer.Get("viewer.user.email").GetValue<string>());

        // The same code cannot be redeemed twice, and a wrong verifier never works.
        using var replay = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["client_id"] = "platform-web", ["code"] = code,
            ["redirect_uri"] = "http://localhost:5000/callback", ["code_verifier"] = verifier,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
    }

    [Fact]
    public async Task Refresh_tokens_issue_new_access_tokens()
    {
        var person = await _accounts.SignUpAsync();
        using var response = await app.Http().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "platform-dev", ["username"] = person.Email, ["password"] = Accounts.Password, ["scope"] = "api offline_access",
        }));
        var refresh = (await response.Content.ReadFromJsonAsync<JsonObject>())!["refresh_token"]!.GetValue<string>();

        using var refreshed = await app.Http().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = "platform-dev", ["refresh_token"] = refresh,
        }));
        var access = (await refreshed.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
        var viewer = await _accounts.GraphQL.SendAsync("{ viewer { user { email } } }", token: access);
        Assert.Equal(person.Email, viewer.Get("viewer.user.email").GetValue<string>());
    }

    [Fact]
    public async Task A_wrong_password_gets_no_token()
    {
        var person = await _accounts.SignUpAsync();
        using var response = await app.Http().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "platform-dev", ["username"] = person.Email, ["password"] = "wrong-password-0", ["scope"] = "api",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", (await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_emailed_invitation_makes_the_recipient_a_member_with_its_roles_once()
    {
        var org = await _accounts.CreateOrganizationAsync();
        await _accounts.DefineRoleAsync(org, "student");
        var email = $"invitee-{Guid.NewGuid():N}@example.test";
        var invite = await _accounts.GraphQL.SendAsync(
            "mutation($input: MemberInput!) { inviteMember(input: $input) { invitation { id email } userErrors { code } } }",
            new { input = new { email, staffRole = "PROVIDER", customerRoles = new[] { "student" } } }, org.Owner.Token, org.Slug);
        Assert.Empty(invite.Get("inviteMember.userErrors").AsArray());

        var mail = Directory.GetFiles(app.MailDirectory, "*.eml").Select(File.ReadAllText).Single(text => text.Contains(email, StringComparison.Ordinal));
        var token = TokenParameter().Match(mail).Groups[1].Value;
        Assert.Equal(48, token.Length);

        var stranger = await _accounts.SignUpAsync();
        var wrongPerson = await _accounts.GraphQL.SendAsync(Accept, new { token }, stranger.Token, org.Slug);
        Assert.Equal("EMAIL_MISMATCH", wrongPerson.Get("acceptInvitation.userErrors").AsArray()[0]!["code"]!.GetValue<string>());

        var invitee = await _accounts.SignUpAsync(email);
        var accepted = await _accounts.GraphQL.SendAsync(Accept, new { token }, invitee.Token, org.Slug);
        Assert.Equal("PROVIDER", accepted.Get("acceptInvitation.membership.staffRole").GetValue<string>());
        Assert.Equal(["public", "student"], accepted.Get("acceptInvitation.membership.customerRoles").AsArray().Select(r => r!.GetValue<string>()));

        var again = await _accounts.GraphQL.SendAsync(Accept, new { token }, invitee.Token, org.Slug);
        Assert.Equal("INVALID_INVITATION", again.Get("acceptInvitation.userErrors").AsArray()[0]!["code"]!.GetValue<string>());
    }

    private const string Accept = "mutation($token: String!) { acceptInvitation(token: $token) { membership { staffRole customerRoles } userErrors { code } } }";

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("[?&]code=([^&]+)")]
    private static partial Regex CodeParameter();

    [GeneratedRegex("token=([0-9a-f]{48})")]
    private static partial Regex TokenParameter();
}
