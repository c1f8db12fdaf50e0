using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.LoadBalancing;

// Proxy__Backends: the API instances, "http://127.0.0.1:5101;http://127.0.0.1:5102"; it listens on ASPNETCORE_URLS.
var builder = WebApplication.CreateBuilder(args);
var backends = (builder.Configuration["Proxy:Backends"] ?? "")
    .Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
if (backends.Length == 0)
{
    await Console.Error.WriteLineAsync("platform-proxy: set Proxy__Backends to the API instances' addresses (';'-separated)");
    return 1;
}

var seconds = builder.Configuration.GetValue("Proxy:HealthIntervalSeconds", 1.0);
var cluster = new ClusterConfig
{
    ClusterId = "api",
    LoadBalancingPolicy = LoadBalancingPolicies.RoundRobin,
    HealthCheck = new HealthCheckConfig
    {
        // An instance whose /health/ready fails (down, database gone, LISTEN reconnecting) gets no new requests until it passes.
        Active = new ActiveHealthCheckConfig
        {
            Enabled = true,
            Interval = TimeSpan.FromSeconds(seconds),
            Timeout = TimeSpan.FromSeconds(2),
            Policy = HealthCheckConstants.ActivePolicy.ConsecutiveFailures,
            Path = "/health/ready",
        },
        // A connection refused or reset between probes takes the instance out at once, for the reactivation period.
        Passive = new PassiveHealthCheckConfig
        {
            Enabled = true,
            Policy = HealthCheckConstants.PassivePolicy.TransportFailureRate,
            ReactivationPeriod = TimeSpan.FromSeconds(5),
        },
        AvailableDestinationsPolicy = HealthCheckConstants.AvailableDestinations.HealthyOrPanic,
    },
    Destinations = backends.Select((address, i) => (Id: $"api{i + 1}", Destination: new DestinationConfig { Address = address }))
        .ToDictionary(d => d.Id, d => d.Destination),
};
var route = new RouteConfig
{
    RouteId = "all",
    ClusterId = cluster.ClusterId,
    Match = new RouteMatch { Path = "{**catch-all}" },
    // The API sees the address the client used (sign-in redirects, tenant host names).
    Transforms = [new Dictionary<string, string> { ["RequestHeaderOriginalHost"] = "true" }],
};
builder.Services.AddReverseProxy().LoadFromMemory([route], [cluster]);
// A connection refused counts against the instance at once (the transport failure rate needs no minimum throughput here).
builder.Services.Configure<TransportFailureRateHealthPolicyOptions>(o => o.MinimalTotalCountThreshold = 1);

var app = builder.Build();
app.MapReverseProxy();
await app.RunAsync();
return 0;
