using Microsoft.AspNetCore.Http;
using Platform.Tenancy.Resolution;

namespace Platform.UnitTests.Tenancy;

public class HostStrategyTests
{
    private static DefaultHttpContext ForHost(string host)
    {
        var context = new DefaultHttpContext();
        context.Request.Host = new HostString(host);
        return context;
    }

    [Theory]
    [InlineData("acme.example.com")]
    [InlineData("ACME.Example.COM")]
    [InlineData("acme.example.com:8443")]
    public void Left_most_label_under_the_domain_is_the_slug(string host)
    {
        Assert.Equal("acme", new HostStrategy("example.com").GetIdentifier(ForHost(host)));
    }

    [Theory]
    [InlineData("Example.com")]
    [InlineData(".example.com.")]
    public void Configured_domain_is_normalized(string domain)
    {
        Assert.Equal("acme", new HostStrategy(domain).GetIdentifier(ForHost("acme.example.com")));
    }

    [Theory]
    [InlineData("example.com")]
    [InlineData("a.b.example.com")]
    [InlineData("other.org")]
    [InlineData("acme.other.org")]
    [InlineData("notexample.com")]
    [InlineData("acme.example.com.evil.org")]
    [InlineData("localhost")]
    public void Hosts_that_are_not_a_single_label_under_the_domain_give_null(string host)
    {
        Assert.Null(new HostStrategy("example.com").GetIdentifier(ForHost(host)));
    }

    [Fact]
    public void Missing_host_gives_null()
    {
        Assert.Null(new HostStrategy("example.com").GetIdentifier(new DefaultHttpContext()));
    }
}
