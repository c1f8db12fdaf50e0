using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Modules.Payments;

namespace Platform.Api.Features.Payments.Webhooks;

/// <summary>
/// <c>POST /webhooks/stripe</c> (platform events) and <c>/webhooks/stripe/connect</c> (connected
/// accounts' events), each with its own signing secret. The signature is checked on the raw body; a bad
/// or missing one is 400 and nothing is stored. An accepted event is stored once by its id and answered at
/// once; a job processes it.
/// </summary>
public static class StripeWebhookEndpoints
{
    public const int MaxBodyBytes = 512 * 1024;

    public static IEndpointRouteBuilder MapStripeWebhooks(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webhooks/stripe", (Func<HttpContext, Task<IResult>>)ReceivePlatformAsync).DisableAntiforgery().AllowAnonymous();
        app.MapPost("/webhooks/stripe/connect", (Func<HttpContext, Task<IResult>>)ReceiveConnectAsync)
            .DisableAntiforgery()
            .AllowAnonymous();
        return app;
    }

    private static Task<IResult> ReceivePlatformAsync(HttpContext context) => ReceiveAsync(context, WebhookEndpoint.Platform);

    private static Task<IResult> ReceiveConnectAsync(HttpContext context) => ReceiveAsync(context, WebhookEndpoint.Connect);

    private static async Task<IResult> ReceiveAsync(HttpContext context, WebhookEndpoint endpoint)
    {
        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
        if (body is null)
            return Results.Json(new { error = "The body is missing or too large." }, statusCode: StatusCodes.Status400BadRequest);
        var webhooks = context.RequestServices.GetRequiredService<StripeWebhooks>();
        if (webhooks.Verify(endpoint, body, context.Request.Headers["Stripe-Signature"]) is { } refusal)
            return Results.Json(new { error = refusal.Reason }, statusCode: StatusCodes.Status400BadRequest);

        PaymentEvent? parsed;
        try
        {
            parsed = StripeWebhooks.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            parsed = null;
        }
        if (parsed is null)
            return Results.Json(new { error = "Not a Stripe event." }, statusCode: StatusCodes.Status400BadRequest);

        var db = context.RequestServices.GetRequiredService<PlatformDbContext>();
        var clock = context.RequestServices.GetRequiredService<TimeProvider>();
        var now = clock.GetDatabaseNow().ToUniversalTime();
        // Stored with a due time: if this process dies before the job below is queued, the sweeper finds it.
        var stored = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO platform.stripe_events (event_id, type, endpoint, account_id, object_id, stripe_created, received_at, payload,
                attempts, next_attempt_at)
            VALUES ({parsed.Id}, {parsed.Type}, {endpoint.ToString()}, {parsed.AccountId}, {parsed.ObjectId},
                {parsed.Created.ToUniversalTime()}, {now}, {body}::jsonb, 0,
                    {now + StripeInboxService.SweepMargin})
            ON CONFLICT (event_id) DO NOTHING
            """,
            context.RequestAborted
        );
        var inbox = context.RequestServices.GetRequiredService<StripeInboxService>();
        // A duplicate delivery is acknowledged; if the first one was never processed, this one gets it processed.
        if (stored == 1)
            await inbox.ScheduleAsync(parsed.Id, context.RequestAborted);
        else
            await inbox.RedeliveredAsync(parsed.Id, context.RequestAborted);
        return Results.Json(new { received = true, duplicate = stored == 0 });
    }

    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
            return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.Length == 0 ? null : Encoding.UTF8.GetString(buffer.ToArray());
    }
}
