using System.Security.Cryptography;
using System.Text;

namespace Platform.Modules.Calendars.Google;

/// <summary>
/// The client-chosen event id for a booking key. Google accepts only base32hex characters (a-v, 0-9), 5 to 1024 long,
/// unique per calendar; hashing the key gives the same valid id on every attempt, so a retry finds the first event.
/// </summary>
internal static class GoogleEventId
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuv";

    public static string For(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        var id = new StringBuilder((hash.Length * 8 + 4) / 5);
        int buffer = 0, bits = 0;
        foreach (var b in hash)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                id.Append(Alphabet[(buffer >> bits) & 31]);
            }
        }
        if (bits > 0) id.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        return id.ToString();
    }
}
