using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Api.Identity;

/// <summary>
/// The OpenIddict passthrough endpoints: OpenIddict validates the protocol, these decide who the
/// subject is. Access tokens name the user only; which organization they act in is resolved per
/// request and checked against the user's membership, so one token never carries one tenant's rights into another.
/// </summary>
public static class ConnectEndpoints
{
    public static IEndpointRouteBuilder MapConnectEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/token", (Delegate)ExchangeAsync).DisableAntiforgery();
        app.MapMethods("/connect/authorize", ["GET", "POST"], (Delegate)AuthorizeAsync).DisableAntiforgery();
        app.MapMethods("/connect/logout", ["GET", "POST"], (Delegate)LogoutAsync).DisableAntiforgery();
        app.MapMethods("/connect/userinfo", ["GET", "POST"], (Delegate)UserInfoAsync).DisableAntiforgery();
        app.MapLoginPage();
        app.MapAccountPages();
        return app;
    }

    private static async Task<IResult> ExchangeAsync(HttpContext context, UserManager<User> users, PasswordSignIn passwords,
        IOpenIddictApplicationManager applications, IIntegrationClientUsage integrationClients)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");

        if (request.IsPasswordGrantType())
        {
            return await passwords.CheckAsync(request.Username, request.Password, context.Connection.RemoteIpAddress) switch
            {
                PasswordSignIn.SignedIn signedIn => SignIn(UserIdentity(signedIn.User, request.GetScopes())),
                PasswordSignIn.Throttled throttled => TooManyAttempts(context.Response, throttled),
                _ => Forbid(Errors.InvalidGrant, "The email or password is incorrect."),
            };
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var userId = result.Principal?.GetClaim(Claims.Subject);
            var user = userId is null ? null : await users.FindByIdAsync(userId);
            if (user is null || await users.IsLockedOutAsync(user)) return Forbid(Errors.InvalidGrant,
                "The account is no longer available.");
            return SignIn(UserIdentity(user, result.Principal!.GetScopes()));
        }

        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!)
                ?? throw new InvalidOperationException("Unknown client.");
            var properties = await applications.GetPropertiesAsync(application);
            if (!properties.TryGetValue(PlatformClients.TenantProperty, out var tenant) || tenant.ValueKind != JsonValueKind.String)
            {
                return Forbid(Errors.UnauthorizedClient, "This client is not bound to an organization.");
            }

            var identity = NewIdentity();
            identity.SetClaim(Claims.Subject, request.ClientId);
            identity.SetClaim(PlatformClients.TenantClaim, tenant.GetString());
            if (properties.TryGetValue(PlatformClients.StaffRoleProperty, out var role))
            {
                identity.SetClaim(PlatformClients.StaffRoleClaim, role.GetString());
            }
            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(_ => [Destinations.AccessToken]);
            if (Guid.TryParse(tenant.GetString(), out var tenantId))
                await integrationClients.TokenIssuedAsync(request.ClientId!, tenantId, context.RequestAborted);
            return Results.SignIn(new ClaimsPrincipal(identity),
                authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Forbid(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext context, UserManager<User> users)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var cookie = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = cookie.Succeeded ? await users.GetUserAsync(cookie.Principal!) : null;
        if (user is null)
        {
            // Not signed in: send the browser to the sign-in page, which returns here with the same query.
            var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            return Results.Redirect("/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        }

        return SignIn(UserIdentity(user, request.GetScopes()));
    }

    private static async Task<IResult> LogoutAsync(HttpContext context)
    {
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.SignOut(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static async Task<IResult> UserInfoAsync(HttpContext context, UserManager<User> users)
    {
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var user = result.Principal?.GetClaim(Claims.Subject) is { } id ? await users.FindByIdAsync(id) : null;
        if (user is null) return Results.Challenge(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        return Results.Json(new Dictionary<string, object?>
        {
            [Claims.Subject] = user.Id.ToString(),
            [Claims.Email] = user.Email,
            [Claims.Name] = user.DisplayName,
        });
    }

    private static ClaimsIdentity UserIdentity(User user, IEnumerable<string> scopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(Claims.Name, user.DisplayName);
        identity.SetScopes(scopes);
        identity.SetDestinations(claim => claim.Type switch
        {
            Claims.Name or Claims.Email => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return identity;
    }

    /// <summary>
    /// 429 with Retry-After and an OAuth-shaped body. OAuth has no error code for this; clients act on the
    /// status, and <c>temporarily_unavailable</c> is the registered code closest in meaning.
    /// </summary>
    private static IResult TooManyAttempts(HttpResponse response, PasswordSignIn.Throttled throttled)
    {
        var seconds = PasswordSignIn.SetRetryAfter(response, throttled);
        return Results.Json(
            new Dictionary<string, string>
            {
                ["error"] = Errors.TemporarilyUnavailable,
                ["error_description"] = $"Too many wrong passwords for this account from your address; retry after {seconds} seconds.",
            },
            statusCode: StatusCodes.Status429TooManyRequests);
    }

    private static ClaimsIdentity NewIdentity() =>
        new(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);

    private static IResult SignIn(ClaimsIdentity identity) =>
        Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    private static IResult Forbid(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
