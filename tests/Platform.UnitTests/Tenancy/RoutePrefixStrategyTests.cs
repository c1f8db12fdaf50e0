using Microsoft.AspNetCore.Http;
using Platform.Tenancy.Resolution;

namespace Platform.UnitTests.Tenancy;

public class RoutePrefixStrategyTests
{
    private static DefaultHttpContext Request(string path, string pathBase = "")
    {
        var context = new DefaultHttpContext();
        context.Request.PathBase = new PathString(pathBase);
        context.Request.Path = new PathString(path);
        return context;
    }

    [Fact]
    public void Route_prefix_yields_the_slug()
    {
        var context = Request("/t/acme/graphql");

        Assert.Equal("acme", new RoutePrefixStrategy().GetIdentifier(context));
    }

    [Fact]
    public void Route_prefix_moves_slug_into_path_base()
    {
        var context = Request("/t/acme/graphql");

        new RoutePrefixStrategy().GetIdentifier(context);

        Assert.Equal("/t/acme", context.Request.PathBase.Value);
        Assert.Equal("/graphql", context.Request.Path.Value);
    }

    [Fact]
    public void Route_prefix_is_appended_to_an_existing_path_base()
    {
        var context = Request("/t/acme/graphql", pathBase: "/api");

        new RoutePrefixStrategy().GetIdentifier(context);

        Assert.Equal("/api/t/acme", context.Request.PathBase.Value);
        Assert.Equal("/graphql", context.Request.Path.Value);
    }

    [Fact]
    public void Prefix_without_rest_leaves_an_empty_path()
    {
        var context = Request("/t/acme");

        var slug = new RoutePrefixStrategy().GetIdentifier(context);

        Assert.Equal("acme", slug);
        Assert.Equal("/t/acme", context.Request.PathBase.Value);
        Assert.False(context.Request.Path.HasValue);
    }

    [Fact]
    public void Deeper_paths_keep_everything_after_the_slug()
    {
        var context = Request("/t/acme/a/b/c");

        new RoutePrefixStrategy().GetIdentifier(context);

        Assert.Equal("/a/b/c", context.Request.Path.Value);
    }

    [Fact]
    public void Slug_is_lower_cased()
    {
        var context = Request("/t/AcMe/graphql");

        Assert.Equal("acme", new RoutePrefixStrategy().GetIdentifier(context));
        Assert.Equal("/graphql", context.Request.Path.Value);
    }

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/")]
    [InlineData("/t")]
    [InlineData("/t/")]
    [InlineData("/t//graphql")]
    [InlineData("/tenant/acme/graphql")]
    [InlineData("/x/t/acme/graphql")]
    public void Paths_without_a_tenant_prefix_give_null_and_stay_untouched(string path)
    {
        var context = Request(path);

        Assert.Null(new RoutePrefixStrategy().GetIdentifier(context));
        Assert.Equal(path, context.Request.Path.Value);
        Assert.False(context.Request.PathBase.HasValue);
    }

    [Fact]
    public void Empty_path_gives_null()
    {
        var context = new DefaultHttpContext();

        Assert.Null(new RoutePrefixStrategy().GetIdentifier(context));
        Assert.False(context.Request.PathBase.HasValue);
    }
}
