using Microsoft.AspNetCore.Routing;

namespace Platform.IntegrationTests.Fakes;

/// <summary>Placeholder until the module's issue-16 work lands: serves nothing yet.</summary>
public sealed class DailyFake(Func<DateTimeOffset> now)
{
    public const string ClientId = "fake-client-id";

    public const string ClientSecret = "fake-client-secret";

    public DateTimeOffset Now => now();

    public void Map(RouteGroupBuilder routes) => _ = routes;
}
