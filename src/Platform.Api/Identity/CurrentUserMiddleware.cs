using Microsoft.AspNetCore.Authentication;
using OpenIddict.Validation.AspNetCore;
using Platform.Tenancy;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Api.Identity;

/// <summary>
/// Makes the authenticated user current for the request, so connections carry <c>app.user_id</c>
/// and the memberships policy can admit the user's own rows in other organizations. A GraphQL request
/// whose bearer token is bad, expired or forged stops here with 401 (<see cref="InvalidTokenResponse"/>):
/// answering it as anonymous would hide from the client that it should refresh its token.
/// </summary>
internal sealed class CurrentUserMiddleware(RequestDelegate next)
{
    private static readonly AuthenticationProperties RevokedClient = new(new Dictionary<string, string?>
    {
        [OpenIddictValidationAspNetCoreConstants.Properties.ErrorDescription] = "This API key was revoked by its organization.",
    });

    public async Task InvokeAsync(HttpContext context, ICurrentTenant current, IIntegrationClientUsage integrationClients)
    {
        if (context.User.Identity?.IsAuthenticated != true && context.Request.Path.StartsWithSegments("/graphql"))
        {
            // The authentication middleware keeps only successes; the handler caches its result, so asking again is free.
            var result = await context.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
            if (result.Failure is not null)
            {
                await InvalidTokenResponse.WriteAsync(context, result.Properties);
                return;
            }
        }

        // A client-credentials token of an API key its organization revoked: refused though it has not expired.
        if (Guid.TryParse(context.User.FindFirst(PlatformClients.TenantClaim)?.Value, out var clientTenant)
            && context.User.FindFirst(Claims.Subject)?.Value is { } clientId
            && await integrationClients.IsRevokedAsync(clientId, clientTenant, context.RequestAborted))
        {
            await InvalidTokenResponse.WriteAsync(context, RevokedClient);
            return;
        }

        Guid? userId = Guid.TryParse(context.User.FindFirst(Claims.Subject)?.Value, out var id) ? id : null;
        using (current.ChangeUser(userId))
        {
            await next(context);
        }
    }
}
