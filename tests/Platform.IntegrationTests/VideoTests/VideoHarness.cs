using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.IntegrationTests.Fakes;
using Platform.Modules.Video;

namespace Platform.IntegrationTests.VideoTests;

/// <summary>
/// The real video providers, registered as the platform registers them (settings, HTTP clients with the Retry-After
/// handler) and pointed by <see cref="ProviderFakes.Settings"/> at the 100ms and Daily fakes. No platform app needed.
/// </summary>
internal sealed class VideoHarness : IAsyncDisposable
{
    private readonly IHost _host;

    private VideoHarness(ProviderFakes fakes, IHost host)
    {
        Fakes = fakes;
        _host = host;
    }

    public ProviderFakes Fakes { get; }

    public static async Task<VideoHarness> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var fakes = await ProviderFakes.StartAsync();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        // The test's own settings come last, so they override the fakes' addresses.
        foreach (var source in new[] { fakes.Settings(), settings ?? new Dictionary<string, string>() })
            builder.Configuration.AddInMemoryCollection(source.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));
        builder.AddVideoProviders();
        var host = builder.Build();
        await host.StartAsync();
        return new VideoHarness(fakes, host);
    }

    public IVideoProvider Provider(string kind) =>
        _host.Services.GetServices<IVideoProvider>().Single(p => p.Kind == kind);

    public IReadOnlyList<string> Kinds => [.. _host.Services.GetServices<IVideoProvider>().Select(p => p.Kind)];

    public VideoCredentials HmsCredentials => new(
        AppId: Fakes.Hms.AppAccessKey, AppSecret: Fakes.Hms.AppSecret, TemplateId: Fakes.Hms.TemplateId, Subdomain: "acme-clinic");

    public VideoCredentials DailyCredentials => new(ApiKey: Fakes.Daily.ApiKey);

    /// <summary>A booking tomorrow at this time, one hour long, with a fresh unguessable room name.</summary>
    public static VideoRoomSpec Spec(DateTimeOffset? startsAt = null)
    {
        var start = startsAt ?? new DateTimeOffset(DateTimeOffset.UtcNow.AddDays(1).UtcDateTime.Date.AddHours(10), TimeSpan.Zero);
        return new VideoRoomSpec("bk-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)), "Consultation",
            start, start.AddHours(1), "Dr Host", "Guest Person");
    }

    /// <summary>The claims of an HS256 JWT, after checking its signature with <paramref name="secret"/> (null when it fails).</summary>
    public static JsonElement? VerifiedClaims(string token, string secret)
    {
        var parts = token.Split('.');
        if (parts.Length != 3) return null;
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(expected, Base64Url.DecodeFromChars(parts[2]))) return null;
        using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
        if (header.RootElement.GetProperty("alg").GetString() != "HS256") return null;
        using var claims = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
        return claims.RootElement.Clone();
    }

    /// <summary>The value of query parameter <paramref name="name"/> of a link.</summary>
    public static string Query(string link, string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(link).Query)[name].ToString();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await Fakes.DisposeAsync();
    }
}
