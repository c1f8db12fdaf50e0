// Console ranges are chosen as calendar dates and sent as instants: midnight in the organization's zone.

/** The UTC instant of local midnight starting `date` (yyyy-mm-dd) in `timeZone`. */
export function startOfLocalDay(date: string, timeZone: string): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const guess = Date.UTC(year, month - 1, day);
  // The zone's offset at that moment, found by formatting the guess in the zone and comparing.
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(guess));
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asLocal = Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'), value('second'));
  return new Date(guess - (asLocal - guess)).toISOString();
}

/** yyyy-mm-dd of `date` shifted by whole days. */
export function addDays(date: string, days: number): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
