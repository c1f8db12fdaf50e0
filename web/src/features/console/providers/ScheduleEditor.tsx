import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import type { DayOfWeek } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Feedback';
import { SelectField, TextField } from '../../../ui/Field';
import { timeZones } from '../../../lib/format';
import { MutationErrors } from '../shared/MutationErrors';
import { useAction } from '../shared/useAction';
import { SetProviderScheduleDocument } from './operations';
import { dayOrder } from './week';

interface Range { day: DayOfWeek; start: string; end: string }
const timePattern = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** A provider's weekly hours (local HH:mm in their zone); saving replaces the whole week. */
export function ScheduleEditor({ membershipId, name, timeZone, weeklyHours, onSaved }: {
  membershipId: string;
  name: string;
  timeZone: string;
  weeklyHours: { dayOfWeek: DayOfWeek; start: string; end: string }[];
  onSaved: () => void;
}) {
  const { t } = useTranslation('console');
  const [zone, setZone] = useState(timeZone);
  const [ranges, setRanges] = useState<Range[]>(weeklyHours.map((hours) => ({ day: hours.dayOfWeek, start: hours.start, end: hours.end })));
  const [invalid, setInvalid] = useState(false);
  const [, setSchedule] = useMutation(SetProviderScheduleDocument);
  const action = useAction();
  const [busy, setBusy] = useState(false);
  const zones = timeZones();

  const change = (index: number, patch: Partial<Range>) => setRanges((current) => current.map((range, position) => (position === index ? { ...range, ...patch } : range)));
  const add = (day: DayOfWeek) => setRanges((current) => [...current, { day, start: '09:00', end: '17:00' }]);
  const remove = (index: number) => setRanges((current) => current.filter((_, position) => position !== index));
  const copyMondayToWeekdays = () =>
    setRanges((current) => {
      const monday = current.filter((range) => range.day === 'MONDAY');
      const weekdays: DayOfWeek[] = ['TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
      return [...current.filter((range) => !weekdays.includes(range.day)), ...weekdays.flatMap((day) => monday.map((range) => ({ ...range, day })))];
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const bad = ranges.some((range) => !timePattern.test(range.start) || !timePattern.test(range.end) || range.start >= range.end);
    setInvalid(bad);
    if (bad) return;
    setBusy(true);
    const payload = await action.run(
      setSchedule({ input: { membershipId, timeZone: zone, weeklyHours: ranges.map((range) => ({ dayOfWeek: range.day, start: range.start, end: range.end })) } }),
      (data) => data.setProviderSchedule,
    );
    setBusy(false);
    if (payload) onSaved();
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="stack stack-m" noValidate aria-label={t('providers.hoursOf', { name })}>
      <h3>{t('providers.hoursOf', { name })}</h3>
      <SelectField label={t('providers.timeZone')} value={zone} onChange={(event) => setZone(event.target.value)}>
        {(zones.includes(zone) ? zones : [zone, ...zones]).map((candidate) => <option key={candidate} value={candidate}>{candidate}</option>)}
      </SelectField>
      <div>
        {dayOrder.map((day) => {
          const dayName = t(`providers.day.${day}`);
          return (
            <fieldset key={day} className="console-day">
              <legend>{dayName}</legend>
              {ranges.map((range, index) => {
                if (range.day !== day) return null;
                // A second range of the same day gets a number, so every field has a label of its own.
                const position = ranges.slice(0, index).filter((other) => other.day === day).length;
                const name = position === 0 ? dayName : `${dayName} (${position + 1})`;
                return (
                  <div className="console-row" key={index}>
                    <TextField label={t('providers.from', { day: name })} value={range.start} onChange={(event) => change(index, { start: event.target.value })} placeholder="09:00" inputMode="numeric" />
                    <TextField label={t('providers.until', { day: name })} value={range.end} onChange={(event) => change(index, { end: event.target.value })} placeholder="17:00" inputMode="numeric" />
                    <Button variant="ghost" onClick={() => remove(index)}>{t('providers.removeRange', { day: name })}</Button>
                  </div>
                );
              })}
              {ranges.some((range) => range.day === day) ? null : <p className="muted">{t('providers.dayOff')}</p>}
              <div><Button variant="secondary" onClick={() => add(day)}>{t('providers.addRange', { day: dayName })}</Button></div>
            </fieldset>
          );
        })}
      </div>
      {invalid ? <Notice tone="error">{t('providers.invalidHours')}</Notice> : null}
      <MutationErrors error={action.error} userErrors={action.userErrors} />
      {action.done ? <Notice tone="success">{t('common:saved')}</Notice> : null}
      <div className="console-actions">
        <Button variant="secondary" onClick={copyMondayToWeekdays}>{t('providers.copyMonday')}</Button>
        <Button type="submit" busy={busy}>{t('providers.saveHours')}</Button>
      </div>
    </form>
  );
}
