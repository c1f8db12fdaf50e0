using Platform.Api.GraphQL.Transport;

namespace Platform.UnitTests.Transport;

public class ResponseMediaTypeTests
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    [Fact]
    public void Missing_accept_header_gives_json()
    {
        Assert.Equal(Json, ResponseMediaType.Negotiate(null));
        Assert.Equal(Json, ResponseMediaType.Negotiate([]));
        Assert.Equal(Json, ResponseMediaType.Negotiate([""]));
    }

    [Theory]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/json", Json)]
    [InlineData("application/json; charset=utf-8", Json)]
    [InlineData("application/graphql-response+json", GraphQLResponse)]
    [InlineData("Application/GraphQL-Response+JSON", GraphQLResponse)]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json", Json)]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0.9, application/json", Json)]
    [InlineData("text/html, */*;q=0.8", Json)]
    [InlineData("text/plain, application/graphql-response+json;q=0.1", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0, application/json", Json)]
    public void Accept_header_picks_the_preferred_supported_type(string accept, string expected)
    {
        Assert.Equal(expected, ResponseMediaType.Negotiate([accept]));
    }

    [Fact]
    public void Several_accept_header_lines_are_combined()
    {
        Assert.Equal(GraphQLResponse, ResponseMediaType.Negotiate(["text/plain", "application/graphql-response+json"]));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/html, image/png")]
    [InlineData("application/graphql-response+json;q=0")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    [InlineData("*/*;q=0")]
    public void Unsupported_or_refused_types_give_null(string accept)
    {
        Assert.Null(ResponseMediaType.Negotiate([accept]));
    }
}
