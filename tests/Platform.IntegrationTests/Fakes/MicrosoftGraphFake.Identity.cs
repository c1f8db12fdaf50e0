using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;

namespace Platform.IntegrationTests.Fakes;

public sealed partial class MicrosoftGraphFake
{
    private readonly Dictionary<string, AuthorizationCode> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _refreshTokens = new(StringComparer.Ordinal);
    private readonly HashSet<string> _revokedRefreshTokens = new(StringComparer.Ordinal);

    /// <summary>
    /// The account signs in and consents on the page of <paramref name="consentUrl"/>: checks what the identity platform
    /// checks of the request and returns the code it would put on the redirect.
    /// </summary>
    public string ApproveConsent(Uri consentUrl, string email)
    {
        if (!consentUrl.AbsolutePath.EndsWith("/oauth2/v2.0/authorize", StringComparison.Ordinal))
            throw new InvalidOperationException($"Not an authorize endpoint: {consentUrl.AbsolutePath}");
        var query = QueryHelpers.ParseQuery(consentUrl.Query).ToDictionary(pair => pair.Key, pair => pair.Value.ToString());
        if (AuthorizeRefusal(query) is { } refusal) throw new InvalidOperationException(refusal);
        lock (_gate) return IssueCode(query, email);
    }

    private void MapIdentity(RouteGroupBuilder routes)
    {
        // A browser sees the sign-in page; with a login_hint the fake signs that account in and redirects at once.
        routes.MapGet("/authorize", (HttpContext http) =>
        {
            var query = http.Request.Query.ToDictionary(pair => pair.Key, pair => pair.Value.ToString());
            if (AuthorizeRefusal(query) is { } refusal) return Results.Text($"<p>{refusal}</p>", "text/html", Encoding.UTF8, 400);
            if (!query.TryGetValue("login_hint", out var email) || string.IsNullOrEmpty(email))
                return Results.Text("<p>Sign in to your account</p>", "text/html", Encoding.UTF8);
            string code;
            lock (_gate) code = IssueCode(query, email);
            var redirect = QueryHelpers.AddQueryString(query["redirect_uri"], new Dictionary<string, string?>
            {
                ["code"] = code,
                ["state"] = query.GetValueOrDefault("state"),
            });
            return Results.Redirect(redirect);
        });
        routes.MapPost("/token", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            lock (_gate) return Token(form.ToDictionary(pair => pair.Key, pair => pair.Value.ToString()));
        });
    }

    private static string? AuthorizeRefusal(Dictionary<string, string> query)
    {
        if (query.GetValueOrDefault("client_id") != ClientId)
            return "AADSTS700016: Application with identifier was not found in the directory.";
        if (query.GetValueOrDefault("response_type") != "code") return "AADSTS900144: The request body must contain 'response_type'.";
        if (!Uri.TryCreate(query.GetValueOrDefault("redirect_uri"), UriKind.Absolute, out _))
            return "AADSTS50011: The redirect URI specified in the request does not match the redirect URIs configured.";
        if (string.IsNullOrEmpty(query.GetValueOrDefault("code_challenge")) || query.GetValueOrDefault("code_challenge_method") != "S256")
            return "AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization code redemption.";
        var scopes = query.GetValueOrDefault("scope")?.Split(' ') ?? [];
        if (!scopes.Contains("offline_access") || !scopes.Contains("Calendars.ReadWrite"))
            return "The app must ask for offline_access and Calendars.ReadWrite.";
        return null;
    }

    private string IssueCode(Dictionary<string, string> query, string email)
    {
        var code = NewId("code");
        _ = MailboxOf(email);
        _codes[code] = new AuthorizationCode(
            email, query["redirect_uri"], query["code_challenge"], query.GetValueOrDefault("scope") ?? "", Now.AddMinutes(10));
        return code;
    }

    private IResult Token(Dictionary<string, string> form)
    {
        if (form.GetValueOrDefault("client_id") != ClientId)
            return TokenError(400, "unauthorized_client", "AADSTS700016: Application with identifier was not found in the directory.");
        if (form.GetValueOrDefault("client_secret") != ClientSecret)
            return TokenError(401, "invalid_client", "AADSTS7000215: Invalid client secret provided.");
        return form.GetValueOrDefault("grant_type") switch
        {
            "authorization_code" => RedeemCode(form),
            "refresh_token" => Refresh(form.GetValueOrDefault("refresh_token") ?? ""),
            _ => TokenError(400, "unsupported_grant_type", "AADSTS70003: The app requested an unsupported grant type."),
        };
    }

    private IResult RedeemCode(Dictionary<string, string> form)
    {
        if (!_codes.TryGetValue(form.GetValueOrDefault("code") ?? "", out var code))
            return TokenError(400, "invalid_grant", "AADSTS70000: The provided value for the 'code' parameter is not valid.");
        if (code.Redeemed) return TokenError(400, "invalid_grant", "AADSTS54005: OAuth2 Authorization code was already redeemed.");
        if (code.ExpiresAt <= Now) return TokenError(400, "invalid_grant", "AADSTS70008: The provided authorization code has expired.");
        if (form.GetValueOrDefault("redirect_uri") != code.RedirectUri)
            return TokenError(400, "invalid_grant", "AADSTS50011: The redirect URI does not match the one of the authorization request.");
        var verifier = form.GetValueOrDefault("code_verifier") ?? "";
        var challenge = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        if (challenge != code.Challenge)
            return TokenError(400, "invalid_grant", "AADSTS501481: The Code_Verifier does not match the code_challenge supplied.");
        _codes[form["code"]] = code with { Redeemed = true };
        return Issue(code.Email, code.Scope);
    }

    /// <summary>A refresh token works once: the answer carries its successor, and the old one is gone.</summary>
    private IResult Refresh(string refreshToken)
    {
        if (_revokedRefreshTokens.Contains(refreshToken))
            return TokenError(400, "invalid_grant", "AADSTS50173: The provided grant has expired due to it being revoked.");
        if (!_refreshTokens.Remove(refreshToken, out var email))
            return TokenError(400, "invalid_grant", "AADSTS70000: The provided value for the 'refresh_token' is not valid.");
        return Issue(email, "offline_access Calendars.ReadWrite User.Read openid email");
    }

    private IResult Issue(string email, string scope)
    {
        var access = NewId("at");
        _accessTokens[access] = new AccessToken(email, Now.Add(AccessTokenLifetime));
        var body = new JsonObject
        {
            ["token_type"] = "Bearer",
            // The identity platform lists the granted resource scopes, not offline_access itself.
            ["scope"] = string.Join(' ', scope.Split(' ').Where(s => s is not ("offline_access" or ""))),
            ["expires_in"] = (int)AccessTokenLifetime.TotalSeconds,
            ["ext_expires_in"] = (int)AccessTokenLifetime.TotalSeconds,
            ["access_token"] = access,
        };
        if (scope.Split(' ').Contains("offline_access"))
        {
            var refresh = NewId("rt");
            _refreshTokens[refresh] = email;
            body["refresh_token"] = refresh;
        }
        return Json(body);
    }

    private static IResult TokenError(int status, string error, string description) =>
        Json(new JsonObject
        {
            ["error"] = error,
            ["error_description"] = $"{description} Trace ID: {Guid.NewGuid()}",
            ["error_codes"] = new JsonArray(int.Parse(description[6..description.IndexOf(':', StringComparison.Ordinal)], Invariant)),
        }, status);

    private sealed record AuthorizationCode(
        string Email, string RedirectUri, string Challenge, string Scope, DateTimeOffset ExpiresAt, bool Redeemed = false);
}
