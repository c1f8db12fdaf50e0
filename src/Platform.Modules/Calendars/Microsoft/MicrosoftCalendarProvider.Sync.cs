using System.Globalization;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace Platform.Modules.Calendars.Microsoft;

public sealed partial class MicrosoftCalendarProvider
{
    /// <summary>Times in responses in UTC whatever the mailbox's zone, so they parse without a zone database.</summary>
    private const string PreferUtc = "outlook.timezone=\"UTC\"";

    private GraphServiceClient Graph(string accessToken) =>
        new(
            _graphHttp,
            new BaseBearerTokenAuthenticationProvider(new GivenAccessTokenProvider(accessToken)),
            _options.GraphBase.TrimEnd('/'));

    private Task<T> CallAsync<T>(Func<Task<T>> call, string what) => GraphErrors.CallAsync(call, what, _clock);

    public async Task<CalendarAccount> GetAccountAsync(string accessToken, CancellationToken cancellationToken)
    {
        using var graph = Graph(accessToken);
        var me = await CallAsync(
            () => graph.Me.GetAsync(request => request.QueryParameters.Select = ["mail", "userPrincipalName"], cancellationToken),
            "the account");
        var email = !string.IsNullOrWhiteSpace(me?.Mail) ? me.Mail : me?.UserPrincipalName;
        if (string.IsNullOrWhiteSpace(email)) throw new CalendarException("Microsoft Graph returned an account without an address.");

        var calendars = new List<ExternalCalendar>();
        var page = await CallAsync(
            () => graph.Me.Calendars.GetAsync(
                request => request.QueryParameters.Select = ["id", "name", "isDefaultCalendar", "canEdit"], cancellationToken),
            "the calendars");
        while (page is not null)
        {
            calendars.AddRange((page.Value ?? [])
                .Where(calendar => calendar.Id is not null)
                .Select(calendar => new ExternalCalendar(
                    calendar.Id!, calendar.Name ?? "", calendar.IsDefaultCalendar == true, calendar.CanEdit == true)));
            if (page.OdataNextLink is not { } next) break;
            page = await CallAsync(() => graph.Me.Calendars.WithUrl(next).GetAsync(cancellationToken: cancellationToken), "the calendars");
        }
        return new CalendarAccount(email, calendars);
    }

    public async Task<BusySync> SyncBusyAsync(
        string accessToken, string calendarId, string? syncToken, DateTimeOffset windowStart, DateTimeOffset windowEnd,
        CancellationToken cancellationToken)
    {
        // The delta link is a whole URL carrying the bearer token's destination: only ever follow one to Graph.
        if (syncToken is not null && !syncToken.StartsWith(_options.GraphBase.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase))
            throw new CalendarSyncTokenExpiredException("The sync token is not a Microsoft Graph delta link.");
        using var graph = Graph(accessToken);
        var delta = graph.Me.Calendars[calendarId].CalendarView.Delta;
        var page = await CallAsync(
            () => syncToken is null
                ? delta.GetAsDeltaGetResponseAsync(
                    request =>
                    {
                        request.QueryParameters.StartDateTime = Iso(windowStart);
                        request.QueryParameters.EndDateTime = Iso(windowEnd);
                        request.Headers.Add("Prefer", PreferUtc);
                    },
                    cancellationToken)
                : delta.WithUrl(syncToken).GetAsDeltaGetResponseAsync(Prefer, cancellationToken),
            "the calendar view");

        // Later pages win: an occurrence changed while paging appears again with its latest state.
        var changes = new Dictionary<string, ExternalBusy?>(StringComparer.Ordinal);
        while (page is not null)
        {
            foreach (var item in page.Value ?? []) Classify(item, changes);
            if (page.OdataNextLink is not { } next) break;
            page = await CallAsync(() => delta.WithUrl(next).GetAsDeltaGetResponseAsync(Prefer, cancellationToken), "the calendar view");
        }
        var deltaLink = page?.OdataDeltaLink
            ?? throw new CalendarException("Microsoft Graph ended the calendar view without a delta link.");
        return new BusySync(
            syncToken is null,
            [.. changes.Values.OfType<ExternalBusy>()],
            [.. changes.Where(change => change.Value is null).Select(change => change.Key)],
            deltaLink);
    }

    private static void Prefer<TQuery>(RequestConfiguration<TQuery> request)
        where TQuery : class, new() => request.Headers.Add("Prefer", PreferUtc);

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>
    /// Busy: shown as busy, tentative, away or working elsewhere, not cancelled, not declined. Everything else (free,
    /// cancelled, declined, deleted — <c>@removed</c>) no longer blocks time.
    /// </summary>
    private static void Classify(Event item, Dictionary<string, ExternalBusy?> changes)
    {
        if (item.Id is not { } id) return;
        var blocks = item.AdditionalData?.ContainsKey("@removed") != true
            && item.IsCancelled != true
            && item.ResponseStatus?.Response != ResponseType.Declined
            && item.ShowAs is null or FreeBusyStatus.Busy or FreeBusyStatus.Tentative or FreeBusyStatus.Oof
                or FreeBusyStatus.WorkingElsewhere
            && item.Start is not null && item.End is not null;
        changes[id] = blocks ? new ExternalBusy(id, At(item.Start!), At(item.End!)) : null;
    }

    /// <summary>A Graph local time in its zone (UTC as asked, but an IANA or Windows zone name converts too).</summary>
    private static DateTimeOffset At(DateTimeTimeZone time)
    {
        if (!DateTime.TryParse(time.DateTime, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            throw new CalendarException("Microsoft Graph returned an event time that does not parse.");
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (string.IsNullOrEmpty(time.TimeZone) || string.Equals(time.TimeZone, "UTC", StringComparison.OrdinalIgnoreCase))
            return new DateTimeOffset(local, TimeSpan.Zero);
        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(time.TimeZone);
            return new DateTimeOffset(local, zone.GetUtcOffset(local));
        }
        catch (TimeZoneNotFoundException exception)
        {
            throw new CalendarException($"Microsoft Graph returned an unknown time zone {time.TimeZone}.", inner: exception);
        }
    }
}
