using System.Security.Claims;
using System.Text.Json;
using OpenIddict.Validation;
using Platform.Tenancy;
using Platform.Tenancy.Resolution;

namespace Platform.Api.GraphQL.Transport.WebSockets;

/// <summary>
/// Who a WebSocket is for: the upgrade request's own credentials, or an access token in the
/// <c>connection_init</c> payload (browsers cannot set headers on a WebSocket), and the organization
/// from the URL (<c>/t/{slug}/graphql</c>) or the payload's <c>tenant</c>. Anything doubtful refuses the init.
/// </summary>
public sealed class ConnectionAuthenticator(
    OpenIddictValidationService validation,
    ITenantStore tenants,
    ICurrentTenant currentTenant,
    ILogger<ConnectionAuthenticator> logger)
{
    public sealed record Outcome(ClaimsPrincipal? Principal, Tenant? Tenant, string? Refusal);

    public async Task<Outcome> AuthenticateAsync(HttpContext http, JsonElement? payload, CancellationToken cancellationToken)
    {
        var principal = http.User;
        if (TokenIn(payload) is { } token)
        {
            try
            {
                principal = await validation.ValidateAccessTokenAsync(token, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The reason stays in the server's log (without the token); the client learns only that it was refused.
                logger.LogInformation("Refused a WebSocket connection_init: {Reason}", e.GetType().Name);
                return new Outcome(null, null, "Forbidden: the access token is invalid or expired.");
            }
        }

        var tenant = currentTenant.Tenant;
        if (StringIn(payload, "tenant") is { } slug)
        {
            if (tenant is not null && !string.Equals(tenant.Slug, slug, StringComparison.OrdinalIgnoreCase))
                return new Outcome(null, null, "Forbidden: connection_init names another organization than the URL.");
            tenant ??= TenantSlug.IsValid(slug) ? await tenants.FindBySlugAsync(slug.ToLowerInvariant(), cancellationToken) : null;
            if (tenant is null) return new Outcome(null, null, "Forbidden: unknown organization.");
        }

        if (tenant?.Status == TenantStatus.Suspended) return new Outcome(null, null, "Forbidden: the organization is suspended.");
        return new Outcome(principal, tenant, null);
    }

    /// <summary><c>authorization: "Bearer …"</c> (any case), or <c>token</c> / <c>accessToken</c>.</summary>
    private static string? TokenIn(JsonElement? payload)
    {
        var raw = StringIn(payload, "authorization") ?? StringIn(payload, "Authorization")
            ?? StringIn(payload, "token") ?? StringIn(payload, "accessToken");
        if (raw is null) return null;
        return raw.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? raw[7..].Trim() : raw.Trim();
    }

    private static string? StringIn(JsonElement? payload, string name) =>
        payload is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;
}
