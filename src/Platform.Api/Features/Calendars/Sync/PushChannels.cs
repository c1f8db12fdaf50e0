using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Api.Data;
using Platform.Api.Features.Calendars.Connections;
using Platform.Modules.Calendars;

namespace Platform.Api.Features.Calendars.Sync;

/// <summary>
/// Push notifications where a public address is configured (<see cref="CalendarsOptions.PushBaseUrl"/>): a Google
/// <c>events.watch</c> channel or a Graph subscription per calendar that blocks time, renewed a day before it lapses.
/// A notification only makes the connection due (the sync reads what changed); its client state names the organization
/// and connection and must match what was stored, so a forged call can at most cause a harmless early sync.
/// </summary>
public sealed class PushChannels(
    PlatformDbContext db,
    CalendarProviders providers,
    IServiceProvider services,
    IOptions<CalendarsOptions> options,
    TimeProvider clock,
    ILogger<PushChannels> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<OpenChannel> Parse(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<List<OpenChannel>>(json, Json) ?? [];

    /// <summary>Opens or renews the channels of a synced connection; trouble is logged, and polling carries on.</summary>
    public async Task EnsureAsync(CalendarConnection connection, CancellationToken cancellationToken)
    {
        if (options.Value.PushBaseUrl is not { Length: > 0 } baseUrl || connection.Kind == CalendarKind.Ics) return;
        var now = clock.GetUtcNow();
        var open = Parse(connection.PushChannels).ToList();
        var keep = open.Where(c => connection.BusyCalendarIds.Contains(c.CalendarId) && c.ExpiresAt > now.AddDays(1)).ToList();
        if (keep.Count == open.Count && connection.BusyCalendarIds.All(id => keep.Any(c => c.CalendarId == id))) return;
        var tokens = services.GetRequiredService<ConnectionTokens>();
        var service = providers.Get(connection.Kind);
        var path = $"calendars/push/{connection.Kind.ToString().ToLowerInvariant()}";
        var address = new Uri(new Uri(baseUrl.TrimEnd('/') + "/"), path);
        try
        {
            foreach (var stale in open.Except(keep))
            {
                await tokens.CallAsync(connection, async access =>
                {
                    await service.StopWatchAsync(access, stale.Channel, cancellationToken);
                    return 0;
                }, cancellationToken);
            }

            foreach (var calendarId in connection.BusyCalendarIds.Where(id => keep.All(c => c.CalendarId != id)))
            {
                var state = $"{connection.TenantId:N}.{connection.Id:N}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}";
                var channel = await tokens.CallAsync(connection,
                    access => service.WatchAsync(access, calendarId, address, state, cancellationToken), cancellationToken);
                if (channel is not null) keep.Add(new OpenChannel(calendarId, channel, state, channel.ExpiresAt));
            }
        }
        catch (CalendarException e) when (e is not CalendarGrantRevokedException)
        {
            logger.LogWarning("Push channels of connection {ConnectionId} not renewed: {Error}", connection.Id, e.Message);
        }

        connection.PushChannels = JsonSerializer.Serialize(keep, Json);
        await db.CalendarConnections.Where(c => c.Id == connection.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.PushChannels, connection.PushChannels), cancellationToken);
    }

    /// <summary>Closes every channel of a connection being removed; a service that cannot be reached lets them lapse.</summary>
    public async Task StopAllAsync(CalendarConnection connection, CancellationToken cancellationToken)
    {
        var open = Parse(connection.PushChannels);
        if (open.Count == 0 || connection.ProtectedTokens is null) return;
        var tokens = services.GetRequiredService<ConnectionTokens>();
        foreach (var channel in open)
        {
            try
            {
                await tokens.CallAsync(connection, async access =>
                {
                    await providers.Get(connection.Kind).StopWatchAsync(access, channel.Channel, cancellationToken);
                    return 0;
                }, cancellationToken);
            }
            catch (CalendarException e)
            {
                logger.LogInformation("Push channel of connection {ConnectionId} left to lapse: {Error}", connection.Id, e.Message);
            }
        }
    }
}

/// <summary>An open push channel of one calendar, and the client state its notifications must carry.</summary>
public sealed record OpenChannel(string CalendarId, PushChannel Channel, string ClientState, DateTimeOffset ExpiresAt);
