// Calendar arithmetic on local dates (yyyy-mm-dd strings), independent of the browser's own zone.

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function addMonths(month: string, delta: number): string {
  const [year, monthIndex] = month.split('-').map(Number) as [number, number];
  const shifted = new Date(Date.UTC(year, monthIndex - 1 + delta, 1));
  return shifted.toISOString().slice(0, 7);
}

export function daysInMonth(month: string): number {
  const [year, monthIndex] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthIndex, 0)).getUTCDate();
}

export function firstDay(month: string): string {
  return `${month}-01`;
}

export function lastDay(month: string): string {
  return `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
}

/** 0 = Monday … 6 = Sunday, for a yyyy-mm-dd date. */
export function weekdayIndex(date: string): number {
  const [year, monthIndex, day] = date.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(year, monthIndex - 1, day)).getUTCDay() + 6) % 7;
}

/** Instants a day either side of a month, wide enough to cover it in any zone (for slotsChanged). */
export function monthInstants(month: string): { from: string; to: string } {
  const [year, monthIndex] = month.split('-').map(Number) as [number, number];
  return {
    from: new Date(Date.UTC(year, monthIndex - 1, 1) - 86_400_000).toISOString(),
    to: new Date(Date.UTC(year, monthIndex, 1) + 86_400_000).toISOString(),
  };
}
