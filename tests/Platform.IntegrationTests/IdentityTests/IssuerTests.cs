using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.IdentityTests;

/// <summary>Issue 13, item 4: the issuer is the address Platform is served on, and PKCE means S256.</summary>
[Collection(PlatformCollection.Name)]
public sealed class IssuerTests(PlatformApp app)
{
    private readonly Accounts _accounts = new(app);

    [Fact]
    public async Task Discovery_and_tokens_name_the_address_the_server_listens_on_and_tokens_work_at_every_organization()
    {
        // The test host listens on a port of its own and names it in Platform:PublicUrl.
        var expected = app.BaseAddress.ToString();
        using var http = app.Http();
        var discovery = (await http.GetFromJsonAsync<JsonObject>("/.well-known/openid-configuration"))!;
        Assert.Equal(expected, discovery["issuer"]!.GetValue<string>());
        Assert.Equal(expected + "connect/token", discovery["token_endpoint"]!.GetValue<string>());
        Assert.Equal(expected + "connect/authorize", discovery["authorization_endpoint"]!.GetValue<string>());

        var org = await _accounts.CreateOrganizationAsync();
        var payload = org.Owner.Token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        var claims = JsonNode.Parse(Convert.FromBase64String(payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=')))!;
        Assert.Equal(expected, claims["iss"]!.GetValue<string>());
        var viewer = await _accounts.GraphQL.SendAsync("{ viewer { membership { staffRole } } }", null, org.Owner.Token, org.Slug);
        Assert.Equal("OWNER", viewer.Get("viewer.membership.staffRole").GetValue<string>());
    }

    [Fact]
    public async Task Discovery_offers_only_S256_and_a_plain_code_challenge_is_refused()
    {
        using var http = app.Http();
        var discovery = (await http.GetFromJsonAsync<JsonObject>("/.well-known/openid-configuration"))!;
        Assert.Equal(["S256"], discovery["code_challenge_methods_supported"]!.AsArray().Select(m => m!.GetValue<string>()));

        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var authorize = "/connect/authorize?client_id=platform-web&response_type=code&scope=api&redirect_uri="
            + Uri.EscapeDataString("http://localhost:5000/callback");
        using var plain = await http.GetAsync($"{authorize}&code_challenge={verifier}&code_challenge_method=plain");
        // Refused before sign-in: a 400, or a redirect back to the client carrying the error.
        var refused = plain.StatusCode == HttpStatusCode.BadRequest
            || plain.Headers.Location?.Query.Contains("error=", StringComparison.Ordinal) == true;
        Assert.True(refused, $"{plain.StatusCode} {plain.Headers.Location}");

        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        using var s256 = await http.GetAsync($"{authorize}&code_challenge={challenge}&code_challenge_method=S256");
        Assert.StartsWith("/account/login", s256.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
