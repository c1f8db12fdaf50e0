using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Platform.Modules.Calendars.Google;

/// <summary>
/// <see cref="ICalendarProvider"/> on Google Calendar's REST API (v3) and Google's OAuth 2.0 web server flow with PKCE,
/// spoken directly with <see cref="HttpClient"/> and System.Text.Json. This file: consent and tokens.
/// </summary>
public sealed partial class GoogleCalendarProvider : ICalendarProvider
{
    public const string HttpClientName = "GoogleCalendar";

    /// <summary>Write events, read calendars and busy times, and the address (id_token) to name the connection.</summary>
    public const string Scopes =
        "https://www.googleapis.com/auth/calendar.events https://www.googleapis.com/auth/calendar.readonly openid email";

    private readonly GoogleCalendarOptions _options;
    private readonly IHttpClientFactory _httpClients;
    private readonly TimeProvider _clock;
    private readonly Uri _apiBase;

    /// <summary>
    /// The account address from each exchange's id_token, by a hash of its access token, until that token expires:
    /// the interface asks for the account by access token only, and the id_token is the authoritative address.
    /// </summary>
    private readonly ConcurrentDictionary<string, (string Email, DateTimeOffset Until)> _emails = new(StringComparer.Ordinal);

    public GoogleCalendarProvider(IOptions<GoogleCalendarOptions> options, IHttpClientFactory httpClients, TimeProvider clock)
    {
        _options = options.Value;
        _httpClients = httpClients;
        _clock = clock;
        _apiBase = new Uri(_options.ApiBase.EndsWith('/') ? _options.ApiBase : _options.ApiBase + "/");
    }

    public CalendarKind Kind => CalendarKind.Google;

    public bool IsConfigured => _options.IsConfigured;

    public Uri ConsentUrl(ConsentRequest request)
    {
        EnsureConfigured();
        var query = new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["client_id"] = _options.ClientId,
            ["redirect_uri"] = request.RedirectUri.AbsoluteUri,
            ["scope"] = Scopes,
            // A refresh token comes only with offline access; prompt=consent issues one again on a reconnect.
            ["access_type"] = "offline",
            ["prompt"] = "consent",
            ["include_granted_scopes"] = "true",
            ["state"] = request.State,
            ["code_challenge"] = request.CodeChallenge,
            ["code_challenge_method"] = "S256",
        };
        if (!string.IsNullOrWhiteSpace(request.LoginHint)) query["login_hint"] = request.LoginHint;
        return new Uri(QueryHelpers.AddQueryString(_options.AuthorizationEndpoint, query));
    }

    public Task<CalendarTokens> ExchangeCodeAsync(string code, string codeVerifier, Uri redirectUri, CancellationToken cancellationToken) =>
        TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["code_verifier"] = codeVerifier,
            ["redirect_uri"] = redirectUri.AbsoluteUri,
        }, null, cancellationToken);

    public Task<CalendarTokens> RefreshAsync(string refreshToken, CancellationToken cancellationToken) =>
        TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
        }, refreshToken, cancellationToken);

    private async Task<CalendarTokens> TokenAsync(Dictionary<string, string> form, string? refreshToken,
        CancellationToken cancellationToken)
    {
        EnsureConfigured();
        form["client_id"] = _options.ClientId!;
        form["client_secret"] = _options.ClientSecret!;
        const string operation = "the token request";
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.TokenEndpoint) { Content = new FormUrlEncodedContent(form) };
        using var response = await SendRawAsync(request, operation, cancellationToken);
        var body = await ReadJsonAsync(response, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var reason = ErrorReason(body);
            if (reason == "invalid_grant") throw new CalendarGrantRevokedException("Google refused the grant (invalid_grant)");
            // invalid_client and the like are the platform's configuration, not an access token to refresh.
            if ((int)response.StatusCode is >= 400 and < 500 and not 429)
                throw new CalendarRejectedException($"Google refused {operation} ({reason ?? "no reason"})", (int)response.StatusCode);
            throw Failure(response, body, operation);
        }
        var accessToken = Str(body, "access_token") ?? throw new CalendarException("Google's token response carries no access token");
        var lifetime = body.TryGetProperty("expires_in", out var expiresIn) && expiresIn.TryGetInt32(out var seconds) ? seconds : 3600;
        var expiresAt = _clock.GetUtcNow().AddSeconds(lifetime);
        if (EmailClaim(Str(body, "id_token")) is { } email) RememberEmail(accessToken, email, expiresAt);
        return new CalendarTokens(accessToken, Str(body, "refresh_token") ?? refreshToken, expiresAt, Str(body, "scope"));
    }

    private void EnsureConfigured()
    {
        if (!IsConfigured)
            throw new InvalidOperationException("Google Calendar is not configured (Calendars:Google:ClientId, ClientSecret).");
    }

    /// <summary>
    /// The id_token's <c>email</c> claim. Not validated: it came straight from Google's token endpoint over TLS, which
    /// is how OpenID Connect Core (3.1.3.7) lets a confidential client trust it.
    /// </summary>
    private static string? EmailClaim(string? idToken)
    {
        var parts = idToken?.Split('.');
        if (parts is not { Length: 3 }) return null;
        try
        {
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            return Str(payload.RootElement, "email");
        }
        catch (FormatException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void RememberEmail(string accessToken, string email, DateTimeOffset until)
    {
        var now = _clock.GetUtcNow();
        foreach (var stale in _emails.Where(e => e.Value.Until <= now)) _emails.TryRemove(stale);
        _emails[TokenHash(accessToken)] = (email, until);
    }

    private string? RememberedEmail(string accessToken) =>
        _emails.TryGetValue(TokenHash(accessToken), out var entry) && entry.Until > _clock.GetUtcNow() ? entry.Email : null;

    private static string TokenHash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
