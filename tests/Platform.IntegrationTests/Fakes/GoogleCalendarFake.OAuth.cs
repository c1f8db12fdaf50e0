using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Platform.IntegrationTests.Fakes;

/// <summary>
/// Google's OAuth 2.0 for web server apps (https://developers.google.com/identity/protocols/oauth2/web-server): the
/// consent page, then the token endpoint for <c>authorization_code</c> (with PKCE, RFC 7636) and <c>refresh_token</c>.
/// </summary>
public sealed partial class GoogleCalendarFake
{
    /// <summary>How long an authorization code can be exchanged.</summary>
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The user signs in as <paramref name="email"/> and allows access on the page <paramref name="consentUrl"/> shows;
    /// returns the <c>code</c> Google puts on the redirect. Throws where Google would show an error page instead.
    /// </summary>
    public string ApproveConsent(Uri consentUrl, string email)
    {
        var query = QueryHelpers.ParseQuery(consentUrl.Query);
        if (ConsentError(query) is { } error) throw new InvalidOperationException($"Google would refuse the consent request: {error}");
        AddAccount(email);
        lock (_gate)
        {
            Find(email).Revoked = false;
            var code = "4/0A" + Random(30);
            _codes[code] = new AuthorizationCode(email, query["redirect_uri"]!, query["code_challenge"]!, query["scope"]!,
                query["access_type"] == "offline", Now);
            return code;
        }
    }

    private Task ConsentPageAsync(HttpContext http)
    {
        var error = ConsentError(http.Request.Query.ToDictionary(q => q.Key, q => q.Value));
        Log(http, error is null ? 200 : 400);
        http.Response.StatusCode = error is null ? 200 : 400;
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.WriteAsync(error is null ? "<p>Choose an account to continue</p>" : $"<p>Error 400: {error}</p>");
    }

    private static string? ConsentError(IDictionary<string, StringValues> query)
    {
        string? Get(string name) => query.TryGetValue(name, out var value) ? value.ToString() : null;
        if (Get("client_id") != ClientId) return "invalid_client";
        if (Get("response_type") != "code") return "unsupported_response_type";
        if (!Uri.TryCreate(Get("redirect_uri"), UriKind.Absolute, out _)) return "redirect_uri_mismatch";
        if (string.IsNullOrWhiteSpace(Get("scope"))) return "invalid_request: Missing required parameter: scope";
        if (Get("code_challenge_method") is not ("S256" or null)) return "invalid_request: code_challenge_method";
        var challenge = Get("code_challenge");
        if (challenge is null || challenge.Length is < 43 or > 128) return "invalid_request: code_challenge";
        return null;
    }

    private async Task TokenAsync(HttpContext http)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync() : null;
        string? Get(string name) => form is not null && form.TryGetValue(name, out var value) ? value.ToString() : null;
        int status;
        JsonObject body;
        lock (_gate)
        {
            (status, body) = Get("client_id") != ClientId || Get("client_secret") != ClientSecret
                ? (401, OAuthError("invalid_client", "Unauthorized"))
                : Get("grant_type") switch
                {
                    "authorization_code" => ExchangeCode(Get("code"), Get("code_verifier"), Get("redirect_uri")),
                    "refresh_token" => Refresh(Get("refresh_token")),
                    _ => (400, OAuthError("unsupported_grant_type", "Invalid grant_type")),
                };
            Log(http, status);
        }
        await WriteAsync(http, status, body, null);
    }

    private (int, JsonObject) ExchangeCode(string? code, string? verifier, string? redirectUri)
    {
        // Codes are single use: whatever happens next, this one is spent.
        if (code is null || !_codes.Remove(code, out var grant) || Now - grant.IssuedAt > CodeLifetime)
            return (400, OAuthError("invalid_grant", "Malformed auth code."));
        if (redirectUri != grant.RedirectUri) return (400, OAuthError("redirect_uri_mismatch", "Bad Request"));
        if (string.IsNullOrEmpty(verifier)) return (400, OAuthError("invalid_grant", "Missing code verifier."));
        var computed = Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        if (computed != grant.Challenge) return (400, OAuthError("invalid_grant", "Invalid code verifier."));
        if (Find(grant.Email).Revoked) return (400, OAuthError("invalid_grant", "Token has been expired or revoked."));
        string? refreshToken = null;
        if (grant.Offline)
        {
            refreshToken = "1//0g" + Random(40);
            _refreshTokens[refreshToken] = grant.Email;
        }
        return (200, Tokens(grant.Email, grant.Scope, refreshToken));
    }

    private (int, JsonObject) Refresh(string? refreshToken)
    {
        if (refreshToken is null || !_refreshTokens.TryGetValue(refreshToken, out var email) || Find(email).Revoked)
            return (400, OAuthError("invalid_grant", "Token has been expired or revoked."));
        // Google keeps the refresh token and sends none back on a refresh.
        return (200, Tokens(email, scope: null, refreshToken: null));
    }

    private JsonObject Tokens(string email, string? scope, string? refreshToken)
    {
        var accessToken = "ya29.a0" + Random(40);
        _accessTokens[accessToken] = new AccessToken(email, Now + AccessTokenLifetime);
        var body = new JsonObject
        {
            ["access_token"] = accessToken,
            ["expires_in"] = (int)AccessTokenLifetime.TotalSeconds,
            ["token_type"] = "Bearer",
            ["scope"] = scope ?? "https://www.googleapis.com/auth/calendar.events https://www.googleapis.com/auth/calendar.readonly",
        };
        if (refreshToken is not null) body["refresh_token"] = refreshToken;
        if (scope is null || scope.Split(' ').Contains("openid")) body["id_token"] = IdToken(email);
        return body;
    }

    /// <summary>An OpenID Connect id_token with Google's claims; its signature is random bytes (the platform does not check it).</summary>
    private string IdToken(string email)
    {
        var header = new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT" };
        var payload = new JsonObject
        {
            ["iss"] = "https://accounts.google.com",
            ["aud"] = ClientId,
            ["sub"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(email)))[..21],
            ["email"] = email,
            ["email_verified"] = true,
            ["iat"] = Now.ToUnixTimeSeconds(),
            ["exp"] = (Now + AccessTokenLifetime).ToUnixTimeSeconds(),
        };
        return string.Join('.', Base64UrlEncode(Encoding.UTF8.GetBytes(header.ToJsonString())),
            Base64UrlEncode(Encoding.UTF8.GetBytes(payload.ToJsonString())), Base64UrlEncode(RandomNumberGenerator.GetBytes(64)));
    }

    private static JsonObject OAuthError(string error, string description) =>
        new() { ["error"] = error, ["error_description"] = description };

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Random(int length) => Base64UrlEncode(RandomNumberGenerator.GetBytes(length))[..length];
}
