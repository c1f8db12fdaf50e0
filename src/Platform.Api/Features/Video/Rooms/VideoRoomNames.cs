using System.Security.Cryptography;

namespace Platform.Api.Features.Video.Rooms;

/// <summary>
/// Room names: 26 characters of base32 (130 random bits), lower case, so the name is unguessable (for Jitsi the name is
/// the whole secret) and safe in every service's URL.
/// </summary>
public static class VideoRoomNames
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[26];
        RandomNumberGenerator.Fill(bytes);
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++) chars[i] = Alphabet[bytes[i] & 31];
        return "pf" + new string(chars);
    }
}
