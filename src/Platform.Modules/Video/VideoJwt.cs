using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Platform.Modules.Video;

/// <summary>
/// Compact JWTs signed HS256, as Jitsi (prosody <c>token</c>) and 100ms (management tokens) expect. Written by hand
/// rather than with a token library because those refuse HS256 keys shorter than 256 bits, and an organization's
/// Jitsi secret is whatever its administrator chose.
/// </summary>
internal static class VideoJwt
{
    private static readonly byte[] Header = Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}""");

    public static string Sign(JsonObject payload, string secret)
    {
        var claims = Encoding.UTF8.GetBytes(payload.ToJsonString());
        var signingInput = Base64Url.EncodeToString(Header) + "." + Base64Url.EncodeToString(claims);
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    public static long Seconds(DateTimeOffset time) => time.ToUnixTimeSeconds();
}
