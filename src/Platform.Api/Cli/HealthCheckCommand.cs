namespace Platform.Api.Cli;

/// <summary>
/// <c>healthcheck [url]</c>: GETs this instance's <c>/health/live</c> and exits 0 when it answers 200, 1 otherwise.
/// The container image's HEALTHCHECK runs it (the runtime image has no curl). It starts no host: no settings,
/// no database, nothing written. Without a URL it asks the first address of <c>ASPNETCORE_URLS</c> (or
/// <c>ASPNETCORE_HTTP_PORTS</c>) on loopback, else <c>http://127.0.0.1:8080</c>.
/// </summary>
public static class HealthCheckCommand
{
    public const string Name = "healthcheck";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static async Task<int> RunAsync(string[] args)
    {
        var url = args.Length > 1 ? new Uri(args[1]) : new Uri(LocalAddress(), "/health/live");
        using var http = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await http.GetAsync(url);
            Console.WriteLine($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"{url}: {e.Message}");
            return 1;
        }
    }

    /// <summary>Where this instance listens, as seen from inside its container: a wildcard host becomes loopback.</summary>
    public static Uri LocalAddress() =>
        LocalAddress(Environment.GetEnvironmentVariable("ASPNETCORE_URLS"), Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS"));

    /// <summary>The same, from the values of <c>ASPNETCORE_URLS</c> and <c>ASPNETCORE_HTTP_PORTS</c>.</summary>
    public static Uri LocalAddress(string? urls, string? httpPorts)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null)
        {
            var port = httpPorts?.Split(';', ',')[0].Trim();
            return new Uri($"http://127.0.0.1:{(string.IsNullOrEmpty(port) ? "8080" : port)}");
        }

        var scheme = first.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "https" : "http";
        var rest = first[(first.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var portStart = rest.LastIndexOf(':');
        var hasPort = portStart >= 0 && !rest[portStart..].Contains(']', StringComparison.Ordinal);
        var portText = hasPort ? rest[(portStart + 1)..].TrimEnd('/') : "";
        var portNumber = portText.Length > 0 ? portText : scheme == "https" ? "443" : "80";
        return new Uri($"{scheme}://127.0.0.1:{portNumber}");
    }
}
