using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Tenancy;

namespace Platform.Api.Features.Calendars.Sync;

/// <summary>
/// POST /calendars/push/google and /calendars/push/microsoft: the services' change notifications. Each names the
/// organization and connection in its client state; a match with the stored state makes the connection due now.
/// Graph's subscription handshake (<c>validationToken</c>) is echoed as plain text, as Graph requires.
/// </summary>
internal static class PushEndpoints
{
    public static IEndpointRouteBuilder MapCalendarPush(this IEndpointRouteBuilder app)
    {
        app.MapPost("/calendars/push/google", (Delegate)GoogleAsync);
        app.MapPost("/calendars/push/microsoft", (Delegate)MicrosoftAsync);
        return app;
    }

    private static async Task<IResult> GoogleAsync(HttpContext context, IServiceProvider services, CancellationToken cancellationToken)
    {
        string? state = context.Request.Headers["X-Goog-Channel-Token"];
        await DueAsync(services, state, cancellationToken);
        return Results.Ok();
    }

    private static async Task<IResult> MicrosoftAsync(HttpContext context, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (context.Request.Query["validationToken"] is [{ } validation])
            return Results.Text(validation, "text/plain; charset=utf-8");
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
            if (body.RootElement.TryGetProperty("value", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateArray().Take(100))
                {
                    if (item.TryGetProperty("clientState", out var state) && state.ValueKind == JsonValueKind.String)
                        await DueAsync(services, state.GetString(), cancellationToken);
                }
            }
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        return Results.Accepted();
    }

    private static async Task DueAsync(IServiceProvider services, string? state, CancellationToken cancellationToken)
    {
        if (state is null || state.Length > 200 || state.Split('.') is not [var tenantPart, var connectionPart, _]
            || !Guid.TryParseExact(tenantPart, "N", out var tenantId) || !Guid.TryParseExact(connectionPart, "N", out var connectionId))
            return;
        var currentTenant = services.GetRequiredService<ICurrentTenant>();
        using (currentTenant.Change(tenantId))
        {
            var db = services.GetRequiredService<PlatformDbContext>();
            var connection = await db.CalendarConnections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == connectionId, cancellationToken);
            if (connection is null || !PushChannels.Parse(connection.PushChannels).Any(c => c.ClientState == state)) return;
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            await db.CalendarConnections.Where(c => c.Id == connectionId && c.NextSyncAt > now)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.NextSyncAt, now), cancellationToken);
            services.GetRequiredService<CalendarSyncSignal>().Wake(tenantId);
        }
    }
}
