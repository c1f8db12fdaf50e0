using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Platform.Tenancy.Resolution;

/// <summary>
/// Runs the strategies in order; the first that names a tenant wins. An unknown slug is a 404 and a
/// suspended organization a 403, both as GraphQL-shaped JSON so every client can read them.
/// A request that names no tenant continues with none (global endpoints, introspection).
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next, IEnumerable<ITenantResolutionStrategy> strategies)
{
    private readonly ITenantResolutionStrategy[] _strategies = strategies.ToArray();

    public async Task InvokeAsync(HttpContext context, ITenantStore store, ICurrentTenant currentTenant)
    {
        string? identifier = null;
        foreach (var strategy in _strategies)
        {
            identifier = strategy.GetIdentifier(context);
            if (identifier is not null) break;
        }

        if (identifier is null)
        {
            context.Features.Set(TenantResolutionResult.None);
            await next(context);
            return;
        }

        var tenant = TenantSlug.IsValid(identifier) ? await store.FindBySlugAsync(identifier, context.RequestAborted) : null;
        if (tenant is null)
        {
            await WriteErrorAsync(context, StatusCodes.Status404NotFound, "TENANT_NOT_FOUND",
                $"Unknown organization '{Truncate(identifier)}'.");
            return;
        }

        if (tenant.Status == TenantStatus.Suspended)
        {
            await WriteErrorAsync(context, StatusCodes.Status403Forbidden, "TENANT_SUSPENDED",
                $"Organization '{tenant.Slug}' is suspended.");
            return;
        }

        context.Features.Set(new TenantResolutionResult(identifier, tenant));
        using (currentTenant.Change(tenant))
        {
            await next(context);
        }
    }

    private static string Truncate(string value) => value.Length <= 64 ? value : value[..64] + "…";

    private static Task WriteErrorAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new { errors = new[] { new { message, extensions = new { code } } } };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
