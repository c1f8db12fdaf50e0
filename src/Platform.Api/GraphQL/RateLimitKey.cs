using System.Net;
using System.Security.Claims;
using Platform.Tenancy.Resolution;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Api.GraphQL;

/// <summary>Who is asking, for rate limits: the organization (if any) and the client within it.</summary>
public readonly record struct RateLimitKey(Guid? TenantId, string Client)
{
    /// <summary>
    /// The client is the token's subject (a signed-in user's id, or an integration client's id), else
    /// the caller's address: the TCP peer's, since no proxy's forwarded headers are trusted.
    /// </summary>
    public static RateLimitKey For(ClaimsPrincipal principal, Guid? tenantId, IPAddress? address) =>
        new(tenantId, principal.FindFirst(Claims.Subject)?.Value is { } subject
            ? "sub:" + subject
            : "ip:" + (address?.ToString() ?? "unknown"));

    public static RateLimitKey For(HttpContext context) =>
        For(context.User, context.Features.Get<TenantResolutionResult>()?.Tenant?.Id,
            context.Connection.RemoteIpAddress);
}
