using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Modules.Payments;

/// <summary>
/// A <c>Stripe-Signature</c> header: <c>t=&lt;unix seconds&gt;,v1=&lt;hex&gt;[,v1=&lt;hex&gt;…]</c>. Each <c>v1</c> is
/// HMAC-SHA256 of <c>"{t}.{raw body}"</c> under one endpoint secret; during a secret roll Stripe sends one per
/// secret, and any of them may match (https://docs.stripe.com/webhooks#verify-manually). Other schemes (v0,
/// test-mode extras) are ignored, as Stripe advises.
/// </summary>
public sealed record WebhookSignature(long Timestamp, IReadOnlyList<byte[]> Signatures)
{
    /// <summary>The header read strictly; null when it has no timestamp or no v1 value.</summary>
    public static WebhookSignature? Parse(string header)
    {
        long? timestamp = null;
        var signatures = new List<byte[]>();
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0) continue;
            var (key, value) = (part[..equals], part[(equals + 1)..]);
            if (key == "t" && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var t)) timestamp = t;
            else if (key == "v1" && value.Length == 64 && IsHex(value)) signatures.Add(Convert.FromHexString(value));
        }
        return timestamp is { } at && signatures.Count > 0 ? new WebhookSignature(at, signatures) : null;
    }

    /// <summary>
    /// Whether one of the header's v1 values is this body's signature under <paramref name="secret"/>, compared in
    /// constant time.
    /// </summary>
    public bool IsSignedWith(string secret, string body)
    {
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes($"{Timestamp.ToString(CultureInfo.InvariantCulture)}.{body}"));
        var matched = false;
        // Every value is compared, so the time taken does not tell which one (if any) matched.
        foreach (var signature in Signatures) matched |= CryptographicOperations.FixedTimeEquals(signature, expected);
        return matched;
    }

    private static bool IsHex(string value) => value.All(char.IsAsciiHexDigit);
}
