using System.Net;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Tenancy;

namespace Platform.Api.Features.Calendars.Connections;

/// <summary>
/// GET /calendars/oauth/callback?code&amp;state: where Google and Microsoft send the provider's browser after consent.
/// One fixed address for every organization (it is registered with the OAuth app); the state says which organization.
/// The answer is a small page saying what happened; nothing in it is secret.
/// </summary>
internal static class CalendarCallbackEndpoint
{
    public static IEndpointRouteBuilder MapCalendarCallback(this IEndpointRouteBuilder app)
    {
        app.MapGet(CalendarConnectService.CallbackPath, (Delegate)GetAsync);
        return app;
    }

    private static async Task<IResult> GetAsync(
        HttpContext context, ICurrentTenant currentTenant, IServiceProvider services, CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        string? state = query["state"];
        if (state is null || state.Length > 200 || state.Split('.') is not [var tenantPart, _]
            || !Guid.TryParseExact(tenantPart, "N", out var tenantId))
            return Page(false, "This link is not valid.", HttpStatusCode.BadRequest);
        using (currentTenant.Change(tenantId))
        {
            var db = services.GetRequiredService<PlatformDbContext>();
            if (!await db.Tenants.AnyAsync(t => t.Id == tenantId && t.Status == TenantStatus.Active, cancellationToken))
                return Page(false, "This link is not valid.", HttpStatusCode.BadRequest);
            var outcome = await services.GetRequiredService<CalendarConsentCompletion>()
                .CompleteAsync(tenantId, state, query["code"], query["error"], cancellationToken);
            return Page(outcome.Connected, outcome.Message, outcome.Connected ? HttpStatusCode.OK : HttpStatusCode.BadRequest);
        }
    }

    private static IResult Page(bool connected, string message, HttpStatusCode status)
    {
        var title = connected ? "Calendar connected" : "Calendar not connected";
        var html = $$"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{title}}</title><style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#222}
            h1{font-size:1.4rem}</style></head><body><h1>{{title}}</h1><p>{{WebUtility.HtmlEncode(message)}}</p></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: (int)status);
    }
}
