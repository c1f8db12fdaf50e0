using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Calendars.Domain;
using Platform.Api.Features.Calendars.Sync;
using Platform.Modules.Calendars;

namespace Platform.Api.Features.Calendars.Connections;

/// <summary>
/// The callback's work, under the organization the state names: find the pending connection by the state's hash
/// (once, before it lapses), trade the code with the stored PKCE verifier, read the account and its calendars, and
/// make the connection active (its first sync due at once). Reconnecting an account the provider already connected
/// (say after a revoked grant) renews that connection instead of making a second.
/// </summary>
public sealed class CalendarConsentCompletion(
    PlatformDbContext db,
    CalendarSecrets secrets,
    CalendarProviders providers,
    CalendarConnectService connect,
    CalendarSyncSignal signal,
    TimeProvider clock,
    ILogger<CalendarConsentCompletion> logger)
{
    public async Task<ConsentOutcome> CompleteAsync(
        Guid tenantId, string state, string? code, string? error, CancellationToken cancellationToken)
    {
        var now = clock.GetDatabaseNow();
        var hash = CalendarSecrets.Hash(state);
        var pending = await db.CalendarConnections.SingleOrDefaultAsync(
            c => c.StateHash == hash && c.Status == CalendarConnectionStatus.Pending, cancellationToken);
        if (pending is null || pending.ConsentExpiresAt < now)
            return new ConsentOutcome(false, "This link has expired or was already used. Start again from your calendar settings.");
        if (error is not null || string.IsNullOrEmpty(code))
        {
            db.CalendarConnections.Remove(pending);
            await db.SaveChangesAsync(cancellationToken);
            return new ConsentOutcome(false,
                error == "access_denied" ? "You declined access; nothing was connected." : "The calendar service refused.");
        }

        var service = providers.Get(pending.Kind);
        CalendarTokens tokens;
        CalendarAccount account;
        try
        {
            var verifier = secrets.Unprotect(tenantId, pending.ProtectedCodeVerifier!);
            tokens = await service.ExchangeCodeAsync(code, verifier, connect.RedirectUri(), cancellationToken);
            account = await service.GetAccountAsync(tokens.AccessToken, cancellationToken);
        }
        catch (CalendarException e)
        {
            logger.LogWarning("Calendar consent for connection {ConnectionId} failed: {Status}", pending.Id, e.StatusCode);
            db.CalendarConnections.Remove(pending);
            await db.SaveChangesAsync(cancellationToken);
            return new ConsentOutcome(false, "The calendar service did not accept the consent. Please try again.");
        }

        var connection = await db.CalendarConnections.FirstOrDefaultAsync(c => c.ProviderId == pending.ProviderId
            && c.Kind == pending.Kind && c.AccountEmail == account.Email && c.Status != CalendarConnectionStatus.Pending,
            cancellationToken);
        if (connection is null)
        {
            connection = pending;
            (connection.BusyCalendarIds, connection.BookingCalendarId) = CalendarList.Defaults(account.Calendars);
        }
        else db.CalendarConnections.Remove(pending);

        connection.AccountEmail = account.Email;
        connection.Calendars = CalendarList.Serialize(account.Calendars);
        connection.ProtectedTokens = secrets.ProtectTokens(tenantId, tokens);
        connection.AccessTokenExpiresAt = tokens.ExpiresAt;
        connection.Status = CalendarConnectionStatus.Active;
        connection.StateHash = null;
        connection.ProtectedCodeVerifier = null;
        connection.ConsentExpiresAt = null;
        connection.BrokenAt = null;
        connection.LastError = null;
        connection.ConsecutiveFailures = 0;
        connection.NextSyncAt = now;
        await db.SaveChangesAsync(cancellationToken);
        signal.Wake(tenantId);
        return new ConsentOutcome(true, $"Your calendar {account.Email} is connected. You can close this page.");
    }
}

/// <summary>What the callback page says.</summary>
public sealed record ConsentOutcome(bool Connected, string Message);
