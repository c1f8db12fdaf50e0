using System.Net;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests;

[Collection(PlatformCollection.Name)]
public sealed class HealthTests(PlatformApp app)
{
    [Fact]
    public async Task Ready_answers_200_when_the_database_is_migrated()
    {
        using var response = await app.Http().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var live = await app.Http().GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
