using System.Buffers.Text;
using System.Text;

namespace Platform.Api.GraphQL.Relay;

/// <summary>
/// Opaque global ids: base64url of <c>Type:uuid</c>. Opaque so clients never build them by hand;
/// typed so <c>node(id:)</c> knows which table to look in.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{id:N}"));

    /// <summary>Decodes an id; false for anything malformed (never throws on client input).</summary>
    public static bool TryDecode(string? globalId, out string typeName, out Guid id)
    {
        typeName = "";
        id = Guid.Empty;
        if (string.IsNullOrEmpty(globalId) || globalId.Length > 128) return false;

        Span<byte> buffer = stackalloc byte[96];
        if (!Base64Url.IsValid(globalId) || Base64Url.GetMaxDecodedLength(globalId.Length) > buffer.Length) return false;
        if (Base64Url.DecodeFromChars(globalId, buffer, out _, out var written) != System.Buffers.OperationStatus.Done) return false;

        var text = Encoding.UTF8.GetString(buffer[..written]);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !Guid.TryParseExact(text[(colon + 1)..], "N", out id)) return false;
        typeName = text[..colon];
        return true;
    }

    /// <summary>Decodes an id that must be of <paramref name="expectedType"/>.</summary>
    public static Guid? TryDecode(string? globalId, string expectedType) =>
        TryDecode(globalId, out var type, out var id) && type == expectedType ? id : null;
}
