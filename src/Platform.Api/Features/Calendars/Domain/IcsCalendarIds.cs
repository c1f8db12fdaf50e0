namespace Platform.Api.Features.Calendars.Domain;

/// <summary>An ICS feed is one calendar; this is its id in the connection's lists and in <c>busy_intervals</c>.</summary>
public static class IcsCalendarIds
{
    public const string Feed = "feed";
}
