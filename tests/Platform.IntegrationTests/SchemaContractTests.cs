using Platform.Api.GraphQL;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests;

/// <summary>schema.graphql at the repository root is the public contract; it must match the live schema.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SchemaContractTests(PlatformApp app)
{
    [Fact]
    public void Checked_in_schema_matches_the_live_schema()
    {
        var path = FindSchemaFile();
        var live = GraphQLExtensions.PrintSchema(app.Services);
        var checkedIn = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.True(live == checkedIn, "schema.graphql is out of date: run ./platform schema and commit the result.");
    }

    private static string FindSchemaFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "schema.graphql");
            if (File.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Platform.sln"))) return candidate;
        }

        throw new FileNotFoundException("schema.graphql not found at the repository root.");
    }
}
