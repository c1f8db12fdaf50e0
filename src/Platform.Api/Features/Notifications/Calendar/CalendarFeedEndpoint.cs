using Platform.Tenancy;

namespace Platform.Api.Features.Notifications.Calendar;

/// <summary>
/// GET /t/{slug}/calendar/{token}.ics: what calendar apps subscribe to. No sign-in (calendar apps cannot); the secret
/// token is the permission. An unknown or revoked token is 404.
/// </summary>
internal static class CalendarFeedEndpoint
{
    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/calendar/{token}.ics", (Delegate)GetAsync);
        return app;
    }

    private static async Task<IResult> GetAsync(
        HttpContext context, string token, ICurrentTenant tenant, CalendarFeedService feeds, CalendarFeedWriter writer,
        CancellationToken cancellationToken)
    {
        if (await feeds.OwnerOfAsync(token, cancellationToken) is not { } userId)
            return Results.Text("Unknown or revoked calendar feed.\n", "text/plain; charset=utf-8",
                statusCode: StatusCodes.Status404NotFound);
        var ics = await writer.WriteAsync(userId, tenant.Tenant?.Name ?? "Bookings", cancellationToken);
        // The address is a secret: no shared caches, and no Referer from anything it links to.
        context.Response.Headers.CacheControl = "private, max-age=300";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        return Results.Text(ics, "text/calendar; charset=utf-8");
    }
}
