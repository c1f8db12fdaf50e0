namespace Platform.Modules.Email;

/// <summary>
/// An iCalendar object (RFC 5545 text) sent with an email as the <c>text/calendar; method=…</c> alternative
/// (what mail clients show as an invitation) and as an <c>invite.ics</c> attachment (for the ones that do not).
/// <see cref="Method"/> is the iTIP method: REQUEST for a new or moved event, CANCEL for a cancelled one.
/// </summary>
public sealed record CalendarInvite(string Ics, string Method)
{
    public const string Request = "REQUEST";

    public const string Cancel = "CANCEL";
}
