using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace Platform.Modules.Calendars.Microsoft;

public sealed partial class MicrosoftCalendarProvider
{
    /// <summary>Graph keeps an Outlook event subscription at most 4230 minutes; renew a little before that.</summary>
    private static readonly TimeSpan SubscriptionLifetime = TimeSpan.FromMinutes(4200);

    public async Task<string> UpsertEventAsync(
        string accessToken, string calendarId, CalendarEventSpec spec, string? externalId, CancellationToken cancellationToken)
    {
        using var graph = Graph(accessToken);
        var transactionKey = spec.Key;
        if (externalId is not null)
        {
            try
            {
                var patched = await CallAsync(
                    () => graph.Me.Events[externalId].PatchAsync(ToEvent(spec), Prefer, cancellationToken), "the event update");
                return patched?.Id ?? externalId;
            }
            catch (CalendarRejectedException rejected) when (rejected.StatusCode == (int)HttpStatusCode.NotFound)
            {
                // The owner deleted it in Outlook: create it again, under a transaction id of its own so Graph does
                // not hand back the deleted one.
                transactionKey = $"{spec.Key}|replaces:{externalId}";
            }
        }
        var create = ToEvent(spec);
        // Graph answers a second create with the same transactionId with the first event: a retry after a lost
        // answer cannot make a duplicate.
        create.TransactionId = TransactionId(transactionKey);
        var created = await CallAsync(
            () => graph.Me.Calendars[calendarId].Events.PostAsync(create, Prefer, cancellationToken), "the new event");
        return created?.Id ?? throw new CalendarException("Microsoft Graph created an event without an id.");
    }

    public async Task DeleteEventAsync(string accessToken, string calendarId, string externalId, CancellationToken cancellationToken)
    {
        using var graph = Graph(accessToken);
        await CallAsync(
            async () =>
            {
                try
                {
                    await graph.Me.Events[externalId].DeleteAsync(cancellationToken: cancellationToken);
                }
                catch (ApiException exception) when (GraphErrors.IsGone(exception))
                {
                    // Already deleted (by the owner, or by an earlier attempt whose answer was lost).
                }
                return true;
            },
            "the event deletion");
    }

    public async Task<PushChannel?> WatchAsync(
        string accessToken, string calendarId, Uri notificationUrl, string clientState, CancellationToken cancellationToken)
    {
        using var graph = Graph(accessToken);
        var expires = _clock.GetUtcNow().Add(SubscriptionLifetime);
        var subscription = await CallAsync(
            () => graph.Subscriptions.PostAsync(
                new Subscription
                {
                    ChangeType = "created,updated,deleted",
                    NotificationUrl = notificationUrl.ToString(),
                    Resource = $"me/calendars/{calendarId}/events",
                    ExpirationDateTime = expires,
                    ClientState = clientState,
                },
                cancellationToken: cancellationToken),
            "the subscription");
        var id = subscription?.Id ?? throw new CalendarException("Microsoft Graph created a subscription without an id.");
        return new PushChannel(id, subscription.Resource, subscription.ExpirationDateTime ?? expires);
    }

    public async Task StopWatchAsync(string accessToken, PushChannel channel, CancellationToken cancellationToken)
    {
        using var graph = Graph(accessToken);
        await CallAsync(
            async () =>
            {
                try
                {
                    await graph.Subscriptions[channel.Id].DeleteAsync(cancellationToken: cancellationToken);
                }
                catch (ApiException exception) when (GraphErrors.IsGone(exception))
                {
                    // Expired or removed already.
                }
                return true;
            },
            "the subscription removal");
    }

    /// <summary>
    /// The booking as an Outlook event. Times go as UTC with the zone "UTC": every mailbox accepts it, and Outlook
    /// shows them in the owner's own zone anyway.
    /// </summary>
    private static Event ToEvent(CalendarEventSpec spec) => new()
    {
        Subject = spec.Title,
        Body = new ItemBody { ContentType = BodyType.Html, Content = Body(spec) },
        Start = Utc(spec.StartsAt),
        End = Utc(spec.EndsAt),
        Location = new Location { DisplayName = spec.Location ?? "" },
        ShowAs = FreeBusyStatus.Busy,
        Attendees = spec.AttendeeEmail is null
            ? []
            :
            [
                new Attendee
                {
                    Type = AttendeeType.Required,
                    EmailAddress = new EmailAddress { Address = spec.AttendeeEmail, Name = spec.AttendeeName },
                },
            ],
    };

    private static string Body(CalendarEventSpec spec)
    {
        var html = new StringBuilder();
        html.Append("<p>").Append(WebUtility.HtmlEncode(spec.Description).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        if (spec.VideoUrl is { } video)
        {
            var encoded = WebUtility.HtmlEncode(video);
            html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{encoded}\">{encoded}</a></p>");
        }
        return html.ToString();
    }

    private static DateTimeTimeZone Utc(DateTimeOffset at) => new()
    {
        DateTime = at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        TimeZone = "UTC",
    };

    /// <summary>A GUID-shaped id derived from the booking's key: the same on every attempt, different for every key.</summary>
    public static string TransactionId(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }
}
