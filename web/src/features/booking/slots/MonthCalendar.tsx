import { useTranslation } from 'react-i18next';
import { addMonths, daysInMonth, firstDay, weekdayIndex } from './dates';

interface MonthCalendarProps {
  month: string;
  today: string;
  available: ReadonlySet<string>;
  selected: string | null;
  onSelect: (date: string) => void;
  onMonthChange: (month: string) => void;
}

/** A month as a grid of day buttons; days without a free start are shown but cannot be chosen. */
export function MonthCalendar({ month, today, available, selected, onSelect, onMonthChange }: MonthCalendarProps) {
  const { t, i18n } = useTranslation('booking');
  const locale = i18n.resolvedLanguage ?? 'en';
  const [year, monthIndex] = month.split('-').map(Number) as [number, number];
  const title = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, monthIndex - 1, 1)));
  const weekdays = Array.from({ length: 7 }, (_, index) =>
    new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + index))),
  );
  const lead = weekdayIndex(firstDay(month));
  const cells: (string | null)[] = [...Array<null>(lead).fill(null)];
  for (let day = 1; day <= daysInMonth(month); day++) cells.push(`${month}-${String(day).padStart(2, '0')}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, index) => cells.slice(index * 7, index * 7 + 7));
  const longDate = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

  return (
    <div className="calendar">
      <div className="calendar-head">
        <button type="button" className="btn btn-ghost" onClick={() => onMonthChange(addMonths(month, -1))}
          disabled={month <= today.slice(0, 7)} aria-label={t('previousMonth')}>
          ‹
        </button>
        <h3 className="calendar-title" aria-live="polite">{title}</h3>
        <button type="button" className="btn btn-ghost" onClick={() => onMonthChange(addMonths(month, 1))} aria-label={t('nextMonth')}>
          ›
        </button>
      </div>
      <table className="calendar-grid">
        <thead>
          <tr>{weekdays.map((name) => <th key={name} scope="col">{name}</th>)}</tr>
        </thead>
        <tbody>
          {weeks.map((week, index) => (
            <tr key={index}>
              {week.map((date, column) => {
                if (!date) return <td key={column} />;
                const open = available.has(date);
                const [y, m, d] = date.split('-').map(Number) as [number, number, number];
                const label = `${longDate.format(new Date(Date.UTC(y, m - 1, d)))}${open ? '' : ` — ${t('noTimes')}`}`;
                return (
                  <td key={date}>
                    <button
                      type="button"
                      className={`day${open ? ' day-open' : ''}${selected === date ? ' day-selected' : ''}${date === today ? ' day-today' : ''}`}
                      disabled={!open}
                      aria-pressed={selected === date}
                      aria-label={label}
                      onClick={() => onSelect(date)}
                    >
                      {d}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
