using System.Net;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.GraphQLSurface;

/// <summary>A host run as production may run it: GraphQL:Introspection=false.</summary>
public sealed class NoIntrospectionApp : PlatformApp
{
    public NoIntrospectionApp()
    {
        Set("Jobs:Enabled", "false");
        Set("GraphQL:Introspection", "false");
    }
}

public sealed class IntrospectionSettingTests(NoIntrospectionApp app) : IClassFixture<NoIntrospectionApp>
{
    [Fact]
    public async Task With_introspection_disabled_schema_and_type_are_refused_and_typename_still_answers()
    {
        var graphQL = new GraphQLClient(app.Http());

        foreach (var query in new[] { "{ __schema { queryType { name } } }", "{ __type(name: \"Query\") { name } }" })
        {
            var refused = await graphQL.SendAsync(query);
            Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
            Assert.Null(refused.Data);
            Assert.Contains("introspection", refused.Errors![0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        }

        var typename = await graphQL.SendAsync("{ __typename }");
        Assert.Equal(HttpStatusCode.OK, typename.Status);
        Assert.Equal("Query", typename.Get("__typename").GetValue<string>());
    }
}
