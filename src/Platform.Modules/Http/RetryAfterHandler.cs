using System.Net;

namespace Platform.Modules.Http;

/// <summary>
/// Retries a request the service answered with 429 (or 503) and a Retry-After it can wait for: after that many seconds
/// (at most <see cref="MaxWait"/> each, <see cref="MaxRetries"/> times). A longer wait, or retries used up, returns the
/// answer to the caller, which turns it into a "try later" with the Retry-After. Only for requests that are safe to
/// repeat (every provider call of the platform is: reads, PUT/PATCH/DELETE, and creates with idempotency keys).
/// </summary>
public sealed class RetryAfterHandler(TimeProvider clock) : DelegatingHandler
{
    public int MaxRetries { get; init; } = 3;

    public TimeSpan MaxWait { get; init; } = TimeSpan.FromSeconds(30);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
                || attempt >= MaxRetries || RetryAfter(response, clock) is not { } wait || wait > MaxWait)
                return response;
            response.Dispose();
            await Task.Delay(wait, clock, cancellationToken);
            request = Clone(request, body);
        }
    }

    /// <summary>The wait a response asks for (seconds or an HTTP date), null when it says nothing.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider clock)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
        {
            var wait = date - clock.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }

    private static HttpRequestMessage Clone(HttpRequestMessage original, byte[]? body)
    {
        var copy = new HttpRequestMessage(original.Method, original.RequestUri) { Version = original.Version };
        foreach (var header in original.Headers) copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var header in original.Content!.Headers) copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
        foreach (var option in original.Options) copy.Options.Set(new HttpRequestOptionsKey<object?>(option.Key), option.Value);
        return copy;
    }
}
