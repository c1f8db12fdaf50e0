using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Api.Features.Notifications.Domain;

/// <summary>
/// Delivery dedup keys: a readable kind, then a hash of the parts (event, recipient, message…), so any address
/// fits the column and the same parts always make the same key.
/// </summary>
public static class DedupKeys
{
    public static string Of(string kind, params object?[] parts)
    {
        var text = string.Join('|', parts.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture)?.ToLowerInvariant() ?? ""));
        return $"{kind}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}";
    }
}
