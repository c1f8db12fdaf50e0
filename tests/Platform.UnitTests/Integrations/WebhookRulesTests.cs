using System.Net;
using System.Security.Cryptography;
using System.Text;
using Platform.Api.Features.Integrations.Domain;

namespace Platform.UnitTests.Integrations;

public class WebhookRulesTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.5.6.7")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void Loopback_is_allowed_only_when_the_setting_says(string address)
    {
        Assert.False(WebhookAddressRule.IsAllowed(IPAddress.Parse(address), allowLoopback: false));
        Assert.True(WebhookAddressRule.IsAllowed(IPAddress.Parse(address), allowLoopback: true));
    }

    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.251")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a00:1")]
    [InlineData("2001:db8::1")]
    public void Private_link_local_multicast_and_unspecified_addresses_are_never_allowed(string address)
    {
        Assert.False(WebhookAddressRule.IsAllowed(IPAddress.Parse(address), allowLoopback: false));
        Assert.False(WebhookAddressRule.IsAllowed(IPAddress.Parse(address), allowLoopback: true));
    }

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2606:4700::1111")]
    [InlineData("64:ff9b::808:808")]
    public void Public_addresses_are_allowed(string address) =>
        Assert.True(WebhookAddressRule.IsAllowed(IPAddress.Parse(address), allowLoopback: false));

    [Theory]
    [InlineData("http://example.com/hooks", false, false)]
    [InlineData("http://127.0.0.1:5000/hooks", true, true)]
    [InlineData("https://example.com/hooks", false, true)]
    [InlineData("https://user:pw@example.com/hooks", false, false)]
    [InlineData("https://example.com/hooks#x", false, false)]
    [InlineData("/relative", false, false)]
    [InlineData("https://exa\0mple.com/", false, false)]
    public void Urls_must_be_absolute_https_without_credentials(string url, bool allowLoopback, bool accepted) =>
        Assert.Equal(accepted, WebhookUrlRule.Check(url, allowLoopback).Url is not null);

    [Fact]
    public void Text_with_NUL_or_a_lone_surrogate_is_not_clean()
    {
        Assert.True(WebhookText.IsClean("Zapier → CRM 😀"));
        Assert.False(WebhookText.IsClean("a\0b"));
        Assert.False(WebhookText.IsClean("a\ud800b"));
        Assert.False(WebhookText.IsClean("a\udc00"));
        Assert.False(WebhookText.IsClean("a\ud800"));
    }

    [Fact]
    public void The_signature_is_the_hex_hmac_of_t_dot_body_once_per_secret()
    {
        var body = Encoding.UTF8.GetBytes("{\"id\":\"evt_1\"}");
        var header = WebhookSignature.Of(1_800_000_000, body, ["whsec_new", "whsec_old"]);
        string Hmac(string secret) =>
            Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes("1800000000.{\"id\":\"evt_1\"}")));
        Assert.Equal($"t=1800000000,v1={Hmac("whsec_new")},v1={Hmac("whsec_old")}", header);
    }

    [Fact]
    public void Secrets_are_whsec_and_32_random_bytes_in_base64url()
    {
        var a = WebhookSecrets.New();
        Assert.Matches("^whsec_[A-Za-z0-9_-]{43}$", a);
        Assert.NotEqual(a, WebhookSecrets.New());
    }
}
