using System.Globalization;
using System.Net;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace Platform.Modules.Calendars.Microsoft;

/// <summary>Turns what the Graph SDK throws into the platform's calendar exceptions, without tokens in the messages.</summary>
internal static class GraphErrors
{
    public static async Task<T> CallAsync<T>(Func<Task<T>> call, string what, TimeProvider clock)
    {
        try
        {
            return await call();
        }
        catch (ApiException exception)
        {
            throw Map(exception, what, clock);
        }
        catch (AggregateException exception) when (exception.InnerExceptions.LastOrDefault() is ApiException last)
        {
            // The SDK's retry handler ran out of retries: it throws every attempt's answer; the last one counts.
            throw Map(last, what, clock);
        }
        catch (HttpRequestException exception)
        {
            throw new CalendarException($"Microsoft Graph could not be reached ({what}).", inner: exception);
        }
    }

    public static Task CallAsync(Func<Task> call, string what, TimeProvider clock) =>
        CallAsync(async () => { await call(); return true; }, what, clock);

    public static bool IsGone(ApiException exception) =>
        exception.ResponseStatusCode is (int)HttpStatusCode.NotFound or (int)HttpStatusCode.Gone;

    public static CalendarException Map(ApiException exception, string what, TimeProvider clock)
    {
        var status = exception.ResponseStatusCode;
        var code = (exception as ODataError)?.Error?.Code;
        var message = $"Microsoft Graph refused {what} ({status} {code}).";
        // A delta link Graph no longer knows: 410 Gone with SyncStateNotFound (or resyncRequired); sync in full again.
        if (status == (int)HttpStatusCode.Gone
            || string.Equals(code, "SyncStateNotFound", StringComparison.OrdinalIgnoreCase)
            || string.Equals(code, "resyncRequired", StringComparison.OrdinalIgnoreCase))
            return new CalendarSyncTokenExpiredException(message);
        return status switch
        {
            (int)HttpStatusCode.Unauthorized => new CalendarUnauthorizedException(message),
            // The SDK's retry handler already waited out the Retry-After it could; this is what is left.
            (int)HttpStatusCode.TooManyRequests => new CalendarRateLimitedException(message, RetryAfter(exception, clock)),
            >= 400 and < 500 => new CalendarRejectedException(message, status),
            _ => new CalendarException(message, status == 0 ? null : status, exception),
        };
    }

    private static TimeSpan? RetryAfter(ApiException exception, TimeProvider clock)
    {
        var value = exception.ResponseHeaders
            .FirstOrDefault(header => string.Equals(header.Key, "Retry-After", StringComparison.OrdinalIgnoreCase))
            .Value?.FirstOrDefault();
        if (value is null) return null;
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
            return TimeSpan.FromSeconds(Math.Max(0, seconds));
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            var wait = at - clock.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }
}
