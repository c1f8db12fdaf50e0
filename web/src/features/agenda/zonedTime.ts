// Calendar arithmetic on local dates (yyyy-mm-dd) of an IANA zone, without a date library: the agenda's
// days begin at the provider's midnight, which is a different instant for every zone and DST day.

function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - instant.getTime()) / 60000);
}

function numbers(text: string, separator: string): [number, number, number] {
  const [a = 0, b = 0, c = 0] = text.split(separator).map(Number);
  return [a, b, c];
}

/** The instant (ISO, UTC) of a wall-clock time on a local date in a zone. */
export function zonedInstant(date: string, time: string, timeZone: string): string {
  const [year, month, day] = numbers(date, '-');
  const [hour, minute] = numbers(time, ':');
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = wall - offsetMinutes(new Date(wall), timeZone) * 60000;
  // A second pass settles days whose offset changes between the guess and the answer (DST).
  const settled = wall - offsetMinutes(new Date(first), timeZone) * 60000;
  return new Date(settled).toISOString();
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = numbers(date, '-');
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The Monday of the week a date is in. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** A date written out in words (the date itself has no zone: format it as UTC). */
export function formatLocalDate(date: string, locale: string, style: 'long' | 'short' = 'long'): string {
  const options: Intl.DateTimeFormatOptions = style === 'long'
    ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(new Date(`${date}T00:00:00Z`));
}

/** The local "yyyy-mm-ddThh:mm" of an instant in a zone, for datetime-local inputs. */
export function localDateTimeValue(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}
