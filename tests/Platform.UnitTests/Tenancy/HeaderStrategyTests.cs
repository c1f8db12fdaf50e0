using Microsoft.AspNetCore.Http;
using Platform.Tenancy.Resolution;

namespace Platform.UnitTests.Tenancy;

public class HeaderStrategyTests
{
    private static DefaultHttpContext WithHeader(string name, string value)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers[name] = value;
        return context;
    }

    [Fact]
    public void Header_value_is_the_lower_cased_slug()
    {
        var context = WithHeader("X-Tenant", "Acme");

        Assert.Equal("acme", new HeaderStrategy().GetIdentifier(context));
    }

    [Fact]
    public void Header_name_is_case_insensitive()
    {
        var context = WithHeader("x-tenant", "acme");

        Assert.Equal("acme", new HeaderStrategy().GetIdentifier(context));
    }

    [Fact]
    public void Surrounding_whitespace_is_trimmed()
    {
        var context = WithHeader("X-Tenant", "  acme \t");

        Assert.Equal("acme", new HeaderStrategy().GetIdentifier(context));
    }

    [Fact]
    public void Missing_header_gives_null()
    {
        Assert.Null(new HeaderStrategy().GetIdentifier(new DefaultHttpContext()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    public void Blank_header_gives_null(string value)
    {
        var context = WithHeader("X-Tenant", value);

        Assert.Null(new HeaderStrategy().GetIdentifier(context));
    }

    [Fact]
    public void Custom_header_name_is_read_instead_of_the_default()
    {
        var context = WithHeader("X-Org", "acme");
        context.Request.Headers["X-Tenant"] = "other";

        Assert.Equal("acme", new HeaderStrategy("X-Org").GetIdentifier(context));
    }

    [Fact]
    public void Header_strategy_does_not_touch_the_path()
    {
        var context = WithHeader("X-Tenant", "acme");
        context.Request.Path = "/graphql";

        new HeaderStrategy().GetIdentifier(context);

        Assert.Equal("/graphql", context.Request.Path.Value);
        Assert.False(context.Request.PathBase.HasValue);
    }
}
