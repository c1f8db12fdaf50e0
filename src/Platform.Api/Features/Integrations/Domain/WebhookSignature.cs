using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Api.Features.Integrations.Domain;

/// <summary>
/// The <c>Platform-Signature</c> header: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256&gt;</c>, the HMAC keyed with
/// the whole secret (<c>whsec_…</c>, as UTF-8) over <c>"&lt;t&gt;." + raw body</c>; one <c>v1</c> per signing secret
/// (two while a rotation's previous secret is still valid, the new one first).
/// </summary>
public static class WebhookSignature
{
    public const string Header = "Platform-Signature";

    public static string Of(long timestamp, ReadOnlySpan<byte> body, IEnumerable<string> secrets)
    {
        var t = timestamp.ToString(CultureInfo.InvariantCulture);
        var signed = new byte[t.Length + 1 + body.Length];
        Encoding.ASCII.GetBytes(t + ".", signed);
        body.CopyTo(signed.AsSpan(t.Length + 1));
        var header = new StringBuilder("t=").Append(t);
        foreach (var secret in secrets)
            header.Append(",v1=").Append(Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed)));
        return header.ToString();
    }
}
