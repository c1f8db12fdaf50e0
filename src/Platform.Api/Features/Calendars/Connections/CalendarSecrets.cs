using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Platform.Modules.Calendars;

namespace Platform.Api.Features.Calendars.Connections;

/// <summary>
/// Encrypts what a connection must keep secret (OAuth tokens, a feed URL, a PKCE verifier) with Data Protection, whose
/// keys live in PostgreSQL so every instance can read what another wrote. The purpose includes the organization: a row
/// copied into another organization does not decrypt.
/// </summary>
public sealed class CalendarSecrets(IDataProtectionProvider protection)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ProtectTokens(Guid tenantId, CalendarTokens tokens) =>
        Protector(tenantId).Protect(JsonSerializer.Serialize(new StoredTokens(tokens.AccessToken, tokens.RefreshToken), Json));

    public (string AccessToken, string? RefreshToken) UnprotectTokens(Guid tenantId, string protectedTokens)
    {
        var stored = JsonSerializer.Deserialize<StoredTokens>(Protector(tenantId).Unprotect(protectedTokens), Json)
            ?? throw new CryptographicException("Empty token document.");
        return (stored.AccessToken, stored.RefreshToken);
    }

    public string Protect(Guid tenantId, string value) => Protector(tenantId).Protect(value);

    public string Unprotect(Guid tenantId, string protectedValue) => Protector(tenantId).Unprotect(protectedValue);

    /// <summary>A new random secret (OAuth state, PKCE verifier), URL-safe.</summary>
    public static string NewSecret() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The S256 code challenge of a PKCE verifier (RFC 7636).</summary>
    public static string ChallengeOf(string verifier) => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    /// <summary>What is stored of a state: its hash, so the database alone cannot complete a consent.</summary>
    public static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private IDataProtector Protector(Guid tenantId) => protection.CreateProtector("Platform.Calendars", tenantId.ToString("N"));

    private sealed record StoredTokens(string AccessToken, string? RefreshToken);
}
