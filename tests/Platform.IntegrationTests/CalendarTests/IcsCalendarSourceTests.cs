using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.IntegrationTests.Fakes;
using Platform.Modules.Calendars;
using Platform.Modules.Calendars.Ics;

namespace Platform.IntegrationTests.CalendarTests;

/// <summary>
/// The real <see cref="IcsCalendarSource"/>, registered as the platform registers it, against the ICS feed fake:
/// conditional fetches, changes, refusals, the size cap, and the SSRF rule.
/// </summary>
public sealed class IcsCalendarSourceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset WindowStart = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WindowEnd = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private ProviderFakes _fakes = null!;
    private readonly List<ServiceProvider> _providers = [];

    public async Task InitializeAsync() => _fakes = await ProviderFakes.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers) await provider.DisposeAsync();
        await _fakes.DisposeAsync();
    }

    private static string Feed(string uid, string start) =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\n"
        + $"UID:{uid}\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:{start}\r\nDURATION:PT1H\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private IcsCalendarSource Source(bool allowLoopback = true, int maxBytes = 5 * 1024 * 1024)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Calendars:Ics:AllowLoopback"] = allowLoopback ? "true" : "false",
            ["Calendars:Ics:MaxBytes"] = maxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Calendars:Ics:TimeoutSeconds"] = "10",
        });
        builder.AddIcsCalendar();
        var provider = builder.Services.BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredService<IcsCalendarSource>();
    }

    private Task<IcsFetch> Fetch(IcsCalendarSource source, Uri url, string? etag = null, DateTimeOffset? lastModified = null) =>
        source.FetchAsync(url, etag, lastModified, WindowStart, WindowEnd, CancellationToken.None);

    [Fact]
    public async Task Fetches_then_revalidates_with_the_etag_then_sees_a_change()
    {
        var source = Source();
        _fakes.Ics.Publish("alex-secret", Feed("dentist@test", "20261008T090000Z"));
        var url = _fakes.Ics.Url("alex-secret");

        var first = await Fetch(source, url);
        Assert.False(first.NotModified);
        Assert.NotNull(first.ETag);
        Assert.NotNull(first.LastModified);
        var busy = Assert.Single(first.Busy);
        Assert.Equal(("dentist@test/2026-10-08T09:00:00Z", new DateTimeOffset(2026, 10, 8, 9, 0, 0, TimeSpan.Zero)), (busy.Id, busy.StartsAt));

        var second = await Fetch(source, url, first.ETag, first.LastModified);
        Assert.True(second.NotModified);
        Assert.Empty(second.Busy);
        Assert.Equal(first.ETag, second.ETag);
        Assert.Equal(first.ETag, _fakes.Ics.Requests[^1].IfNoneMatch);
        Assert.NotNull(_fakes.Ics.Requests[^1].IfModifiedSince);
        Assert.Equal(304, _fakes.Ics.Requests[^1].Status);

        _fakes.Ics.Publish("alex-secret", Feed("dentist@test", "20261009T150000Z"));
        var third = await Fetch(source, url, second.ETag, second.LastModified);
        Assert.False(third.NotModified);
        Assert.NotEqual(first.ETag, third.ETag);
        Assert.Equal(new DateTimeOffset(2026, 10, 9, 15, 0, 0, TimeSpan.Zero), Assert.Single(third.Busy).StartsAt);
    }

    [Fact]
    public async Task Webcal_scheme_is_accepted_and_fetched_as_https()
    {
        _fakes.Ics.Publish("webcal-secret", Feed("a@test", "20261008T090000Z"));
        var http = _fakes.Ics.Url("webcal-secret");
        // webcal:// means https, which the plain-http fake cannot speak: the fetch is attempted at the same host and
        // port and fails as a network error (transient), not as a refused scheme.
        var webcal = new UriBuilder(http) { Scheme = "webcal" }.Uri;
        var error = await Assert.ThrowsAnyAsync<CalendarException>(() => Fetch(Source(), webcal));
        Assert.IsNotType<CalendarRejectedException>(error);
        Assert.Contains(http.Host, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refusals_failures_and_rate_limits_are_told_apart()
    {
        var source = Source();
        _fakes.Ics.Publish("s", Feed("a@test", "20261008T090000Z"));
        var url = _fakes.Ics.Url("s");

        var missing = await Assert.ThrowsAsync<CalendarRejectedException>(() => Fetch(source, _fakes.Ics.Url("unknown")));
        Assert.Equal(404, missing.StatusCode);
        _fakes.Ics.FailNext(403);
        Assert.Equal(403, (await Assert.ThrowsAsync<CalendarRejectedException>(() => Fetch(source, url))).StatusCode);
        _fakes.Ics.FailNext(410);
        Assert.Equal(410, (await Assert.ThrowsAsync<CalendarRejectedException>(() => Fetch(source, url))).StatusCode);

        _fakes.Ics.FailNext(500);
        var failed = await Assert.ThrowsAsync<CalendarException>(() => Fetch(source, url));
        Assert.Equal(500, failed.StatusCode);

        // A wait longer than the handler's own retries is handed back to the caller as "try later".
        _fakes.Ics.FailNext(429, TimeSpan.FromMinutes(5));
        var limited = await Assert.ThrowsAsync<CalendarRateLimitedException>(() => Fetch(source, url));
        Assert.Equal(TimeSpan.FromMinutes(5), limited.RetryAfter);

        Assert.Single((await Fetch(source, url)).Busy);
    }

    [Fact]
    public async Task A_body_that_is_not_icalendar_or_too_large_is_refused()
    {
        _fakes.Ics.Publish("html", "<html><body>Please sign in</body></html>");
        var notCalendar = await Assert.ThrowsAsync<CalendarRejectedException>(() => Fetch(Source(), _fakes.Ics.Url("html")));
        Assert.Contains("not an iCalendar feed", notCalendar.Message, StringComparison.Ordinal);

        var events = string.Concat(Enumerable.Range(0, 2000).Select(i =>
            $"BEGIN:VEVENT\r\nUID:{i}@test\r\nDTSTART:20261008T090000Z\r\nDURATION:PT1H\r\nSUMMARY:{new string('x', 40)}\r\nEND:VEVENT\r\n"));
        _fakes.Ics.Publish("huge", $"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{events}END:VCALENDAR\r\n");
        var tooLarge = await Assert.ThrowsAsync<CalendarRejectedException>(() => Fetch(Source(maxBytes: 64 * 1024), _fakes.Ics.Url("huge")));
        Assert.Equal(413, tooLarge.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("http://10.0.0.5/feed.ics")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://[::1]/feed.ics")]
    public async Task Without_allow_loopback_private_addresses_are_refused_before_any_request(string? address)
    {
        _fakes.Ics.Publish("private", Feed("a@test", "20261008T090000Z"));
        var url = address is null ? _fakes.Ics.Url("private") : new Uri(address);
        var refused = await Assert.ThrowsAsync<CalendarRejectedException>(() => Fetch(Source(allowLoopback: false), url));
        Assert.Contains("not a public address", refused.Message, StringComparison.Ordinal);
        Assert.Empty(_fakes.Ics.Requests);
    }

    [Fact]
    public async Task A_host_name_that_resolves_to_loopback_is_refused_at_connect()
    {
        _fakes.Ics.Publish("named", Feed("a@test", "20261008T090000Z"));
        var url = new UriBuilder(_fakes.Ics.Url("named")) { Host = "localhost" }.Uri;
        await Assert.ThrowsAsync<CalendarRejectedException>(() => Fetch(Source(allowLoopback: false), url));
        Assert.Empty(_fakes.Ics.Requests);
        Assert.Single((await Fetch(Source(), url)).Busy);
    }

    [Theory]
    [InlineData("ftp://example.com/feed.ics")]
    [InlineData("file:///etc/passwd")]
    public async Task Only_http_https_and_webcal_are_accepted(string address) =>
        await Assert.ThrowsAsync<CalendarRejectedException>(() => Fetch(Source(), new Uri(address)));
}
