using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Platform.IntegrationTests.Fakes;

/// <summary>
/// Secret ICS feeds as iCloud, Fastmail or Nextcloud serve them: <c>GET /ics/{secret}.ics</c> answers the calendar with
/// an ETag and Last-Modified, and 304 to a request whose If-None-Match (or, without one, If-Modified-Since) still
/// matches. Tests publish feeds, queue failures, and read the log of requests with the conditional headers they carried.
/// </summary>
public sealed class IcsFeedFake(Func<DateTimeOffset> now)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string Text, string ETag, DateTimeOffset LastModified)> _feeds = new(StringComparer.Ordinal);
    private readonly Queue<(int Status, TimeSpan? RetryAfter)> _failures = new();
    private readonly List<IcsFeedFakeRequest> _requests = [];
    private IServiceProvider? _services;
    private int _version;

    public DateTimeOffset Now => now();

    /// <summary>Every request so far, oldest first.</summary>
    public IReadOnlyList<IcsFeedFakeRequest> Requests
    {
        get { lock (_gate) return [.. _requests]; }
    }

    /// <summary>Publishes (or replaces) a feed; each publish gets a new ETag and the current time as Last-Modified.</summary>
    public void Publish(string secret, string icsText)
    {
        lock (_gate)
        {
            var modified = Now.ToUniversalTime();
            // HTTP dates have whole seconds.
            modified = new DateTimeOffset(modified.Ticks - (modified.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
            _feeds[secret] = (icsText, $"\"v{++_version}\"", modified);
        }
    }

    /// <summary>The next request is answered with <paramref name="status"/> (and a Retry-After, if given) instead of the feed.</summary>
    public void FailNext(int status, TimeSpan? retryAfter = null)
    {
        lock (_gate) _failures.Enqueue((status, retryAfter));
    }

    /// <summary>The feed's address on the fakes' host.</summary>
    public Uri Url(string secret)
    {
        var server = (_services ?? throw new InvalidOperationException("The fake is not mapped yet.")).GetRequiredService<IServer>();
        var root = server.Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
        return new Uri($"{root}/ics/{Uri.EscapeDataString(secret)}.ics");
    }

    public void Map(RouteGroupBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        _services = ((IEndpointRouteBuilder)routes).ServiceProvider;
        routes.MapGet("/{secret}.ics", (HttpContext context, string secret) => Serve(context, secret));
    }

    private async Task Serve(HttpContext context, string secret)
    {
        var ifNoneMatch = context.Request.Headers.IfNoneMatch.ToString();
        var ifModifiedSince = context.Request.Headers.IfModifiedSince.ToString();
        (string Text, string ETag, DateTimeOffset LastModified) feed = default;
        int status;
        TimeSpan? retryAfter = null;
        lock (_gate)
        {
            if (_failures.TryDequeue(out var failure)) (status, retryAfter) = failure;
            else if (!_feeds.TryGetValue(secret, out feed)) status = StatusCodes.Status404NotFound;
            else status = Unchanged(feed.ETag, feed.LastModified, ifNoneMatch, ifModifiedSince) ? StatusCodes.Status304NotModified : StatusCodes.Status200OK;
            _requests.Add(new IcsFeedFakeRequest(secret, Blank(ifNoneMatch), Blank(ifModifiedSince), status, Now));
        }

        context.Response.StatusCode = status;
        if (retryAfter is { } wait) context.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (status is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
        {
            context.Response.Headers.ETag = feed.ETag;
            context.Response.Headers.LastModified = feed.LastModified.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        }
        if (status == StatusCodes.Status200OK)
        {
            context.Response.ContentType = "text/calendar; charset=utf-8";
            await context.Response.WriteAsync(feed.Text ?? string.Empty, context.RequestAborted);
        }
    }

    private static bool Unchanged(string etag, DateTimeOffset lastModified, string ifNoneMatch, string ifModifiedSince)
    {
        // If-None-Match wins when both are sent (RFC 9110 §13.2.2).
        if (ifNoneMatch.Length > 0)
            return EntityTagHeaderValue.TryParseList([ifNoneMatch], out var tags) && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag == etag);
        return DateTimeOffset.TryParse(ifModifiedSince, System.Globalization.CultureInfo.InvariantCulture, out var since) && lastModified <= since;
    }

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
