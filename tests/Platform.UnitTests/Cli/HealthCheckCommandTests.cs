using Platform.Api.Cli;

namespace Platform.UnitTests.Cli;

/// <summary>The container's HEALTHCHECK asks the instance on loopback, at the port the image's environment names.</summary>
public sealed class HealthCheckCommandTests
{
    [Theory]
    [InlineData("http://+:8080", null, "http://127.0.0.1:8080/")]
    [InlineData("http://*:5000;https://*:5001", null, "http://127.0.0.1:5000/")]
    [InlineData("http://0.0.0.0:9000/", null, "http://127.0.0.1:9000/")]
    [InlineData("http://[::]:7000", null, "http://127.0.0.1:7000/")]
    [InlineData("http://localhost", null, "http://127.0.0.1/")]
    [InlineData(null, "8081", "http://127.0.0.1:8081/")]
    [InlineData(null, null, "http://127.0.0.1:8080/")]
    public void The_local_address_comes_from_the_listening_settings(string? urls, string? httpPorts, string expected) =>
        Assert.Equal(new Uri(expected), HealthCheckCommand.LocalAddress(urls, httpPorts));

    [Fact]
    public async Task Nothing_listening_exits_1()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        Assert.Equal(1, await HealthCheckCommand.RunAsync([HealthCheckCommand.Name, $"http://127.0.0.1:{port}/health/live"]));
    }
}
