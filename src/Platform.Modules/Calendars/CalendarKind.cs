namespace Platform.Modules.Calendars;

/// <summary>The calendar services a provider can connect.</summary>
public enum CalendarKind
{
    Google,
    Microsoft,

    /// <summary>A read-only ICS subscription URL (iCloud, Fastmail, Nextcloud…), see <c>Ics.IcsCalendarSource</c>.</summary>
    Ics,
}
