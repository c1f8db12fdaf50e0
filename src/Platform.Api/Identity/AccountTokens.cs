using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;

namespace Platform.Api.Identity;

/// <summary>
/// The random tokens in emailed links. Only a SHA-256 hash and the expiry are stored, one row per account
/// and purpose in <c>identity.user_tokens</c>, so a new link replaces the previous one and a database
/// reader cannot use what they read. A token works once, before it expires.
/// </summary>
public sealed class AccountTokens(PlatformDbContext db, TimeProvider clock)
{
    private const string Provider = "Platform";

    /// <summary>A new token for <paramref name="userId"/>; the previous one for the same purpose stops working.</summary>
    public async Task<string> IssueAsync(Guid userId, string purpose, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var expires = (clock.GetUtcNow() + lifetime).ToUnixTimeSeconds();
        var value = string.Create(CultureInfo.InvariantCulture, $"{Hash(token)}|{expires}");
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO identity.user_tokens (user_id, login_provider, name, value) VALUES ({userId}, {Provider}, {purpose}, {value})
            ON CONFLICT (user_id, login_provider, name) DO UPDATE SET value = excluded.value
            """, cancellationToken);
        return token;
    }

    /// <summary>
    /// True, once, when <paramref name="token"/> is the account's current unexpired token for <paramref name="purpose"/>.
    /// The hashes are compared in constant time; the row is then deleted only if it is still the one compared,
    /// so two requests presenting the same token cannot both succeed.
    /// </summary>
    public async Task<bool> RedeemAsync(Guid userId, string purpose, string token, CancellationToken cancellationToken)
    {
        var stored = await Rows(userId, purpose).AsNoTracking().Select(t => t.Value).SingleOrDefaultAsync(cancellationToken);
        if (stored?.Split('|') is not [var hash, var expiresText]) return false;
        if (!long.TryParse(expiresText, CultureInfo.InvariantCulture, out var expires)) return false;

        var presented = Encoding.ASCII.GetBytes(Hash(token));
        if (!CryptographicOperations.FixedTimeEquals(presented, Encoding.ASCII.GetBytes(hash))) return false;
        if (DateTimeOffset.FromUnixTimeSeconds(expires) <= clock.GetUtcNow()) return false;
        return await Rows(userId, purpose).Where(t => t.Value == stored).ExecuteDeleteAsync(cancellationToken) == 1;
    }

    private IQueryable<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>> Rows(Guid userId, string purpose) =>
        db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider && t.Name == purpose);

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
