using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Api.Data;
using Platform.Api.Features.Calendars.Connections;
using Platform.Modules.Calendars;

namespace Platform.Api.Features.Calendars.Sync;

/// <summary>
/// A connection's access token, refreshed before it expires (or when the service refused it). A refused refresh
/// (revoked grant) breaks the connection through <see cref="ConnectionBreaker"/> and rethrows.
/// </summary>
public sealed class ConnectionTokens(
    PlatformDbContext db,
    CalendarSecrets secrets,
    CalendarProviders providers,
    ConnectionBreaker breaker,
    IOptions<CalendarsOptions> options,
    TimeProvider clock)
{
    public async Task<string> AccessTokenAsync(CalendarConnection connection, bool forceRefresh, CancellationToken cancellationToken)
    {
        if (connection.ProtectedTokens is null) throw new CalendarGrantRevokedException("The connection has no tokens.");
        var (access, refresh) = secrets.UnprotectTokens(connection.TenantId, connection.ProtectedTokens);
        var now = clock.GetUtcNow();
        if (!forceRefresh && connection.AccessTokenExpiresAt > now.AddSeconds(options.Value.RefreshBeforeExpirySeconds)) return access;
        if (refresh is null)
        {
            await breaker.BreakAsync(connection, "The calendar service gave no refresh token.", cancellationToken);
            throw new CalendarGrantRevokedException("No refresh token.");
        }

        CalendarTokens tokens;
        try
        {
            tokens = await providers.Get(connection.Kind).RefreshAsync(refresh, cancellationToken);
        }
        catch (CalendarGrantRevokedException)
        {
            await breaker.BreakAsync(connection, "The access was revoked or has expired.", cancellationToken);
            throw;
        }

        var kept = tokens with { RefreshToken = tokens.RefreshToken ?? refresh };
        connection.ProtectedTokens = secrets.ProtectTokens(connection.TenantId, kept);
        connection.AccessTokenExpiresAt = kept.ExpiresAt;
        await db.CalendarConnections.Where(c => c.Id == connection.Id).ExecuteUpdateAsync(u => u
            .SetProperty(c => c.ProtectedTokens, connection.ProtectedTokens)
            .SetProperty(c => c.AccessTokenExpiresAt, connection.AccessTokenExpiresAt), cancellationToken);
        return kept.AccessToken;
    }

    /// <summary>Runs <paramref name="call"/> with a fresh token; a 401 refreshes once and tries again.</summary>
    public async Task<T> CallAsync<T>(
        CalendarConnection connection, Func<string, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call(await AccessTokenAsync(connection, false, cancellationToken));
        }
        catch (CalendarUnauthorizedException)
        {
            return await call(await AccessTokenAsync(connection, true, cancellationToken));
        }
    }
}
