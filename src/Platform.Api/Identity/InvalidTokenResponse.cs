using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Validation.AspNetCore;
using Platform.Api.GraphQL.Transport;

namespace Platform.Api.Identity;

/// <summary>
/// The answer to a bearer token that does not validate: 401 with <c>WWW-Authenticate: Bearer error="invalid_token"</c>
/// (RFC 6750), so OAuth clients know to refresh, and a GraphQL-shaped body with the code UNAUTHENTICATED,
/// so GraphQL clients can read it like any other error.
/// </summary>
internal static class InvalidTokenResponse
{
    private const string DefaultDescription = "The access token is invalid or expired.";

    public static async Task WriteAsync(HttpContext context, AuthenticationProperties? properties)
    {
        // OpenIddict's own wording ("The specified token is expired.", …) says which; it never carries the token.
        var description = properties?.GetString(OpenIddictValidationAspNetCoreConstants.Properties.ErrorDescription) is { Length: > 0 } said
            ? said
            : DefaultDescription;
        var response = context.Response;
        response.StatusCode = StatusCodes.Status401Unauthorized;
        var quoted = description.Replace("\"", "'", StringComparison.Ordinal);
        response.Headers.WWWAuthenticate = $"Bearer error=\"invalid_token\", error_description=\"{quoted}\"";
        // SSE and other clients that accept neither GraphQL media type get plain JSON.
        var mediaType = ResponseMediaType.Negotiate(context.Request.Headers.Accept) ?? ResponseMediaType.Json;
        response.ContentType = mediaType + "; charset=utf-8";
        var body = new { errors = new[] { new { message = description, extensions = new { code = "UNAUTHENTICATED" } } } };
        await JsonSerializer.SerializeAsync(response.Body, body, cancellationToken: context.RequestAborted);
    }
}
