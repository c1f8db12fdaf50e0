using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Api.Data;
using Platform.Api.Features.Calendars.Domain;
using Platform.Api.Features.Calendars.Sync;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Modules.Calendars;
using Platform.Modules.Calendars.Ics;
using Platform.Tenancy;

namespace Platform.Api.Features.Calendars.Connections;

/// <summary>
/// Adding a read-only ICS subscription: the URL is fetched once first (so a typo or a private address is refused now,
/// not found broken later), then stored encrypted (whoever has it can read the calendar) and synced on schedule.
/// </summary>
public sealed class IcsSubscriptions(
    PlatformDbContext db,
    ICurrentTenant currentTenant,
    ProviderAccess access,
    IcsCalendarSource feeds,
    CalendarSecrets secrets,
    CalendarSyncSignal signal,
    IOptions<CalendarsOptions> options,
    TimeProvider clock)
{
    public const int MaxUrlLength = 2048;
    public const int MaxNameLength = 100;

    public async Task<CalendarConnectionPayload> AddAsync(PlatformUserContext caller, AddIcsCalendarInput input, CancellationToken ct)
    {
        var (provider, error) = await access.ResolveAsync(caller, input.ProviderId, ct);
        if (error is not null) return new CalendarConnectionPayload(null) { UserErrors = [error] };
        if (input.Name is { Length: > MaxNameLength })
            return Fail("INVALID_NAME", $"A name has at most {MaxNameLength} characters.", "name");
        var text = input.Url.Trim();
        if (text.StartsWith("webcal://", StringComparison.OrdinalIgnoreCase)) text = "https://" + text["webcal://".Length..];
        else if (text.StartsWith("webcals://", StringComparison.OrdinalIgnoreCase)) text = "https://" + text["webcals://".Length..];
        if (text.Length > MaxUrlLength || !Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            return Fail("INVALID_URL", "Give the calendar's https:// or webcal:// address.", "url");
        if (await db.CalendarConnections.CountAsync(c => c.ProviderId == provider!.Id, ct) >= options.Value.MaxConnectionsPerProvider)
            return Fail("LIMIT_REACHED", $"A provider has at most {options.Value.MaxConnectionsPerProvider} calendar connections.", null);

        var now = clock.GetUtcNow();
        try
        {
            await feeds.FetchAsync(url, null, null, now.AddDays(-1), now.AddDays(options.Value.HorizonDays), ct);
        }
        catch (CalendarRateLimitedException)
        {
            return Fail("CALENDAR_UNAVAILABLE", "The calendar's server asked us to wait; try again in a minute.", "url");
        }
        catch (CalendarRejectedException e)
        {
            return Fail("INVALID_URL", $"That address cannot be subscribed to: {e.Message}", "url");
        }
        catch (CalendarException)
        {
            return Fail("CALENDAR_UNAVAILABLE", "The calendar's server did not answer; check the address or try again later.", "url");
        }

        var tenantId = currentTenant.Id!.Value;
        var connection = new CalendarConnection
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            ProviderId = provider!.Id,
            Kind = CalendarKind.Ics,
            Status = CalendarConnectionStatus.Active,
            AccountEmail = string.IsNullOrWhiteSpace(input.Name) ? url.Host : input.Name.Trim(),
            ProtectedFeedUrl = secrets.Protect(tenantId, url.AbsoluteUri),
            Calendars = CalendarList.Serialize([new ExternalCalendar(IcsCalendarIds.Feed,
                string.IsNullOrWhiteSpace(input.Name) ? url.Host : input.Name.Trim(), true, false)]),
            BusyCalendarIds = [IcsCalendarIds.Feed],
            NextSyncAt = clock.GetDatabaseNow(),
            CreatedByUserId = caller.UserId,
            CreatedAt = clock.GetDatabaseNow(),
        };
        db.CalendarConnections.Add(connection);
        await db.SaveChangesAsync(ct);
        signal.Wake(tenantId);
        return new CalendarConnectionPayload(connection);
    }

    private static CalendarConnectionPayload Fail(string code, string message, string? field) =>
        new(null) { UserErrors = [new UserError(code, message, field)] };
}
