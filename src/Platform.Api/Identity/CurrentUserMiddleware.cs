using Platform.Tenancy;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Api.Identity;

/// <summary>
/// Makes the authenticated user current for the request, so connections carry <c>app.user_id</c>
/// and the memberships policy can admit the user's own rows in other organizations.
/// </summary>
internal sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ICurrentTenant current)
    {
        Guid? userId = Guid.TryParse(context.User.FindFirst(Claims.Subject)?.Value, out var id) ? id : null;
        using (current.ChangeUser(userId))
        {
            await next(context);
        }
    }
}
