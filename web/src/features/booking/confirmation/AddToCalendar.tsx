import { useTranslation } from 'react-i18next';

interface CalendarEvent {
  id: string;
  title: string;
  start: string;
  end: string;
  location: string | null;
  url: string;
}

const stamp = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const escapeText = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** An .ics file (RFC 5545) with the same UID the confirmation email's invitation uses, so calendars merge them. */
function icsFile(event: CalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Platform//Booking//EN', 'METHOD:PUBLISH', 'BEGIN:VEVENT',
    `UID:${event.id}@platform`, `DTSTAMP:${stamp(new Date().toISOString())}`, `DTSTART:${stamp(event.start)}`, `DTEND:${stamp(event.end)}`,
    `SUMMARY:${escapeText(event.title)}`, event.location ? `LOCATION:${escapeText(event.location)}` : null,
    `DESCRIPTION:${escapeText(event.url)}`, 'END:VEVENT', 'END:VCALENDAR',
  ];
  return lines.filter(Boolean).join('\r\n') + '\r\n';
}

function googleLink(event: CalendarEvent): string {
  const params = new URLSearchParams({
    action: 'TEMPLATE', text: event.title, dates: `${stamp(event.start)}/${stamp(event.end)}`, details: event.url,
  });
  if (event.location) params.set('location', event.location);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

export function AddToCalendar({ event }: { event: CalendarEvent }) {
  const { t } = useTranslation('booking');
  const download = `data:text/calendar;charset=utf-8,${encodeURIComponent(icsFile(event))}`;
  return (
    <div className="stack stack-row stack-s">
      <a className="btn btn-secondary" href={download} download="booking.ics">{t('addToCalendar')}</a>
      <a className="btn btn-secondary" href={googleLink(event)} target="_blank" rel="noreferrer">{t('addToGoogle')}</a>
    </div>
  );
}
