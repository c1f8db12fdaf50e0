using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace Platform.Modules.Calendars.Microsoft;

/// <summary>
/// Microsoft 365 / Outlook.com calendars: OAuth with the Microsoft identity platform (authorization code + PKCE, plain
/// HTTP) and the calendar itself through the Microsoft Graph SDK, whose pipeline retries 429/503 after Retry-After.
/// </summary>
public sealed partial class MicrosoftCalendarProvider : ICalendarProvider, IDisposable
{
    /// <summary><c>offline_access</c> for a refresh token; <c>User.Read</c> and <c>email</c> for the account's address.</summary>
    public const string Scopes = "offline_access Calendars.ReadWrite User.Read openid email";

    private const int MaxRetries = 3;

    private static readonly TimeSpan MaxRetryWait = TimeSpan.FromSeconds(30);

    private readonly MicrosoftCalendarOptions _options;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TimeProvider _clock;
    private readonly HttpClient _graphHttp;

    public MicrosoftCalendarProvider(IOptions<MicrosoftCalendarOptions> options, IHttpClientFactory httpClientFactory, TimeProvider clock)
    {
        _options = options.Value;
        _httpClientFactory = httpClientFactory;
        _clock = clock;
        // The SDK's default handlers (retry with Retry-After, redirects, compression) around a pooled socket handler,
        // shared by every call; each call brings its own token through its own GraphServiceClient.
        _graphHttp = GraphClientFactory.Create(
            GraphHandlers(), finalHandler: new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
    }

    /// <summary>
    /// The SDK's handlers, its retry handler waiting at most as long in all as the platform's own
    /// (<see cref="Http.RetryAfterHandler"/>): a longer Retry-After goes back to the caller at once as
    /// <see cref="CalendarRateLimitedException"/> instead of holding a job.
    /// </summary>
    private static IList<DelegatingHandler> GraphHandlers()
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var retry = handlers.OfType<RetryHandler>().Single();
        handlers[handlers.IndexOf(retry)] = new RetryHandler(
            new RetryHandlerOption { MaxRetry = MaxRetries, RetriesTimeLimit = MaxRetryWait });
        retry.Dispose();
        return handlers;
    }

    public CalendarKind Kind => CalendarKind.Microsoft;

    public bool IsConfigured => _options.IsConfigured;

    private string Endpoint(string name) => $"{_options.AuthorityBase.TrimEnd('/')}/{_options.Tenant}/oauth2/v2.0/{name}";

    public Uri ConsentUrl(ConsentRequest request)
    {
        var query = new Dictionary<string, string>
        {
            ["client_id"] = _options.ClientId ?? "",
            ["response_type"] = "code",
            ["redirect_uri"] = request.RedirectUri.ToString(),
            ["response_mode"] = "query",
            ["scope"] = Scopes,
            ["state"] = request.State,
            ["code_challenge"] = request.CodeChallenge,
            ["code_challenge_method"] = "S256",
        };
        if (!string.IsNullOrEmpty(request.LoginHint)) query["login_hint"] = request.LoginHint;
        var encoded = string.Join('&', query.Select(pair => $"{pair.Key}={Uri.EscapeDataString(pair.Value)}"));
        return new Uri($"{Endpoint("authorize")}?{encoded}");
    }

    public Task<CalendarTokens> ExchangeCodeAsync(string code, string codeVerifier, Uri redirectUri, CancellationToken cancellationToken) =>
        RequestTokensAsync(
            new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["code"] = code,
                ["code_verifier"] = codeVerifier,
                ["redirect_uri"] = redirectUri.ToString(),
                ["scope"] = Scopes,
            },
            previousRefreshToken: null,
            cancellationToken);

    public Task<CalendarTokens> RefreshAsync(string refreshToken, CancellationToken cancellationToken) =>
        RequestTokensAsync(
            new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refreshToken,
                ["scope"] = Scopes,
            },
            previousRefreshToken: refreshToken,
            cancellationToken);

    private async Task<CalendarTokens> RequestTokensAsync(
        Dictionary<string, string> form, string? previousRefreshToken, CancellationToken cancellationToken)
    {
        form["client_id"] = _options.ClientId ?? "";
        form["client_secret"] = _options.ClientSecret ?? "";
        var http = _httpClientFactory.CreateClient(MicrosoftCalendarRegistration.TokenHttpClientName);
        HttpResponseMessage response;
        try
        {
            using var content = new FormUrlEncodedContent(form);
            response = await http.PostAsync(new Uri(Endpoint("token")), content, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new CalendarException("The Microsoft identity platform could not be reached.", inner: exception);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode) throw await TokenErrorAsync(response, previousRefreshToken is not null, cancellationToken);
            var tokens = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
                ?? throw new CalendarException("The Microsoft identity platform answered without tokens.");
            if (string.IsNullOrEmpty(tokens.AccessToken))
                throw new CalendarException("The Microsoft identity platform answered without an access token.");
            return new CalendarTokens(
                tokens.AccessToken,
                string.IsNullOrEmpty(tokens.RefreshToken) ? previousRefreshToken : tokens.RefreshToken,
                _clock.GetUtcNow().AddSeconds(tokens.ExpiresIn),
                tokens.Scope);
        }
    }

    /// <summary>
    /// The token endpoint's refusal. <c>invalid_grant</c> on a refresh means the grant is gone (revoked, expired,
    /// password changed); on a code exchange it means that code (or its verifier) is refused. The AADSTS code names why.
    /// </summary>
    private static async Task<CalendarException> TokenErrorAsync(
        HttpResponseMessage response, bool refreshing, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        TokenError? error = null;
        try
        {
            error = await response.Content.ReadFromJsonAsync<TokenError>(cancellationToken);
        }
        catch (JsonException)
        {
            // Not the identity platform's JSON (a proxy's page): the status says enough.
        }
        var aadsts = error?.Description?.Split(':', 2)[0] ?? "";
        var reason = $"The Microsoft identity platform refused the token request ({status} {error?.Error} {aadsts}).";
        return (response.StatusCode, error?.Error) switch
        {
            (_, "invalid_grant") when refreshing => new CalendarGrantRevokedException(reason),
            (HttpStatusCode.TooManyRequests, _) => new CalendarRateLimitedException(reason, response.Headers.RetryAfter?.Delta),
            _ when status >= 500 => new CalendarException(reason, status),
            _ => new CalendarRejectedException(reason, status),
        };
    }

    public void Dispose() => _graphHttp.Dispose();

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName("scope")] string? Scope);

    private sealed record TokenError(
        [property: JsonPropertyName("error")] string? Error,
        [property: JsonPropertyName("error_description")] string? Description);
}
