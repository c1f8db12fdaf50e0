using System.Buffers.Text;
using System.Text;
using Platform.Api.GraphQL.Relay;

namespace Platform.UnitTests.Relay;

public class GlobalIdTests
{
    private static readonly Guid SampleId = Guid.Parse("0192f6a1-7c3e-7d4b-9a10-3f2b8c1d5e6f");

    private static string Base64UrlOf(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Encoded_id_decodes_to_the_same_type_and_guid()
    {
        var encoded = GlobalId.Encode("Organization", SampleId);

        Assert.True(GlobalId.TryDecode(encoded, out var type, out var id));
        Assert.Equal("Organization", type);
        Assert.Equal(SampleId, id);
    }

    [Fact]
    public void Encoded_id_is_opaque_url_safe_text()
    {
        var encoded = GlobalId.Encode("Organization", SampleId);

        Assert.DoesNotContain("Organization", encoded, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleId.ToString("N"), encoded, StringComparison.Ordinal);
        Assert.All(encoded, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_', $"unexpected character '{c}'"));
    }

    [Fact]
    public void Different_types_with_the_same_guid_give_different_ids()
    {
        Assert.NotEqual(GlobalId.Encode("Organization", SampleId), GlobalId.Encode("Membership", SampleId));
    }

    [Fact]
    public void Typed_decode_returns_the_guid_for_the_expected_type()
    {
        var encoded = GlobalId.Encode("Membership", SampleId);

        Assert.Equal(SampleId, GlobalId.TryDecode(encoded, "Membership"));
    }

    [Fact]
    public void Typed_decode_returns_null_for_another_type()
    {
        var encoded = GlobalId.Encode("Membership", SampleId);

        Assert.Null(GlobalId.TryDecode(encoded, "Organization"));
        Assert.Null(GlobalId.TryDecode(encoded, "membership"));
    }

    public static TheoryData<string?> MalformedIds() => new()
    {
        null,
        "",
        "not base64!",
        "a b c d",
        "====",
        Base64UrlOf("OrganizationWithoutColon" + Guid.NewGuid().ToString("N")),
        Base64UrlOf(":" + Guid.NewGuid().ToString("N")),
        Base64UrlOf("Organization:not-a-guid"),
        Base64UrlOf("Organization:" + Guid.NewGuid().ToString("D")),
        Base64UrlOf("Organization:"),
        Base64Url.EncodeToString([0xFF, 0xFE, 0x00, 0x01, 0x80, 0x3A, 0x7F, 0xC3]),
        Base64UrlOf("hello world, this is not an id"),
        new string('A', 129),
        new string('A', 10_000),
    };

    [Theory]
    [MemberData(nameof(MalformedIds))]
    public void Malformed_id_is_rejected_without_throwing(string? globalId)
    {
        var decoded = GlobalId.TryDecode(globalId, out var type, out var id);

        Assert.False(decoded);
        Assert.Equal("", type);
        Assert.Equal(Guid.Empty, id);
        Assert.Null(GlobalId.TryDecode(globalId, "Organization"));
    }

    [Fact]
    public void Id_longer_than_128_characters_is_rejected_even_when_well_formed()
    {
        var encoded = GlobalId.Encode(new string('T', 90), SampleId);
        Assert.True(encoded.Length > 128);

        Assert.False(GlobalId.TryDecode(encoded, out _, out _));
    }
}
