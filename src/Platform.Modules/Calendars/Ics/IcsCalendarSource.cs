using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using Platform.Modules.Http;

namespace Platform.Modules.Calendars.Ics;

/// <summary>
/// Fetches a read-only ICS feed (iCloud, Fastmail, Nextcloud, Google's secret address) and turns its events into busy
/// times. Conditional requests (If-None-Match, If-Modified-Since) let an unchanged feed cost a 304 instead of a download
/// and a parse. The URL is a secret: messages name only its host.
/// </summary>
public sealed class IcsCalendarSource(IHttpClientFactory httpClients, IOptions<IcsOptions> options, TimeProvider clock)
{
    public async Task<IcsFetch> FetchAsync(
        Uri url,
        string? etag,
        DateTimeOffset? lastModified,
        DateTimeOffset windowStart,
        DateTimeOffset windowEnd,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        var address = Normalize(url);
        var settings = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            request.Headers.Accept.ParseAdd("text/calendar");
            request.Headers.Accept.ParseAdd("*/*;q=0.5");
            if (!string.IsNullOrEmpty(etag) && EntityTagHeaderValue.TryParse(etag, out var tag)) request.Headers.IfNoneMatch.Add(tag);
            if (lastModified is { } since) request.Headers.IfModifiedSince = since;

            using var response = await httpClients.CreateClient(IcsCalendarRegistration.HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                var sameTag = response.Headers.ETag?.ToString() ?? etag;
                return new IcsFetch(true, sameTag, response.Content.Headers.LastModified ?? lastModified, []);
            }
            ThrowOnFailure(response, address.Host);

            var text = await ReadCappedAsync(response.Content, settings.MaxBytes, address.Host, timeout.Token);
            if (!IcsBusyTimes.TryExpand(text, windowStart, windowEnd, out var busy))
                throw new CalendarRejectedException($"The feed at {address.Host} is not an iCalendar feed.", (int)response.StatusCode);
            return new IcsFetch(false, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified, busy);
        }
        catch (HttpRequestException e) when (e.InnerException is CalendarRejectedException refused)
        {
            // The connect callback refused the address (SSRF rule); HttpClient wraps what the callback throws.
            throw new CalendarRejectedException(refused.Message, refused.StatusCode ?? 400);
        }
        catch (HttpRequestException e)
        {
            throw new CalendarException($"The feed at {address.Host} could not be reached ({e.HttpRequestError}).", null, e);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new CalendarException($"The feed at {address.Host} did not answer within {settings.TimeoutSeconds} s.", null, e);
        }
        catch (IOException e)
        {
            throw new CalendarException($"The feed at {address.Host} broke off while being read.", null, e);
        }
    }

    /// <summary><c>webcal://</c> is the calendar apps' spelling of https; anything but http(s) is refused.</summary>
    private static Uri Normalize(Uri url)
    {
        if (!url.IsAbsoluteUri) throw new CalendarRejectedException("The feed URL must be absolute.", 400);
        if (url.Scheme is "webcal" or "webcals")
            return new UriBuilder(url) { Scheme = Uri.UriSchemeHttps, Port = url.IsDefaultPort ? -1 : url.Port }.Uri;
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            throw new CalendarRejectedException($"Only http, https and webcal feed URLs are accepted, not {url.Scheme}.", 400);
        return url;
    }

    private void ThrowOnFailure(HttpResponseMessage response, string host)
    {
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode) return;
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var wait = RetryAfterHandler.RetryAfter(response, clock);
            throw new CalendarRateLimitedException($"The feed at {host} asked to slow down.", wait);
        }
        if (status >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout)
            throw new CalendarException($"The feed at {host} failed with {status}.", status);
        // 401/403 (the secret was reset), 404/410 (the calendar is gone), and anything else the server means for good.
        throw new CalendarRejectedException($"The feed at {host} refused the request with {status}.", status);
    }

    /// <summary>Reads at most <paramref name="maxBytes"/>, judging the bytes that arrive, not the Content-Length claimed.</summary>
    private static async Task<string> ReadCappedAsync(HttpContent content, int maxBytes, string host, CancellationToken ct)
    {
        if (content.Headers.ContentLength > maxBytes) throw TooLarge(host, maxBytes);
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw TooLarge(host, maxBytes);
            buffer.Write(chunk, 0, read);
        }
        var encoding = Encoding.UTF8;
        if (content.Headers.ContentType?.CharSet is { Length: > 0 } charset)
        {
            try { encoding = Encoding.GetEncoding(charset.Trim('"')); }
            catch (ArgumentException) { /* an unknown charset: iCalendar's default, UTF-8, is the best guess */ }
        }
        return encoding.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF');
    }

    private static CalendarRejectedException TooLarge(string host, int maxBytes) =>
        new($"The feed at {host} is larger than {maxBytes} bytes.", 413);
}
