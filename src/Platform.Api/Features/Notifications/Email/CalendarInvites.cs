using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Platform.Modules.Email;

namespace Platform.Api.Features.Notifications.Email;

/// <summary>
/// The iCalendar invite of a booking (Ical.Net): one UID per booking (<c>{bookingId}@platform</c>) so every email
/// about it updates the same calendar entry; SEQUENCE counts its moves, so a client takes the newest; times in UTC.
/// A cancellation is METHOD:CANCEL with STATUS:CANCELLED and a SEQUENCE above the last invite's.
/// </summary>
public static class CalendarInvites
{
    public static string Uid(Guid bookingId) => $"{bookingId:D}@platform";

    public static CalendarInvite Build(BookingInviteFacts facts, string method, int sequence, DateTimeOffset stamp)
    {
        var calendar = new Ical.Net.Calendar { Method = method };
        calendar.AddProperty("PRODID", "-//Platform//Bookings//EN");
        var calendarEvent = new CalendarEvent
        {
            Uid = Uid(facts.BookingId),
            Sequence = sequence,
            Summary = facts.Summary,
            DtStart = new CalDateTime(facts.StartsAt.UtcDateTime, true),
            DtEnd = new CalDateTime(facts.EndsAt.UtcDateTime, true),
            DtStamp = new CalDateTime(stamp.UtcDateTime, true),
            Status = method == CalendarInvite.Cancel ? EventStatus.Cancelled : EventStatus.Confirmed,
            Organizer = new Organizer($"mailto:{facts.OrganizerEmail}") { CommonName = facts.OrganizerName },
        };
        if (!string.IsNullOrWhiteSpace(facts.Location)) calendarEvent.Location = facts.Location;
        // A video booking's location is its room's link: calendar apps show URL as the place to join.
        if (Uri.TryCreate(facts.Location, UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps) calendarEvent.Url = link;
        if (facts.AttendeeEmail is { } attendee)
        {
            calendarEvent.Attendees.Add(new Attendee($"mailto:{attendee}")
            {
                CommonName = facts.AttendeeName,
                Role = ParticipationRole.RequiredParticipant,
                ParticipationStatus = method == CalendarInvite.Cancel
                    ? EventParticipationStatus.Declined
                    : EventParticipationStatus.Accepted,
            });
        }

        calendar.Events.Add(calendarEvent);
        return new CalendarInvite(new CalendarSerializer().SerializeToString(calendar)!, method);
    }
}
