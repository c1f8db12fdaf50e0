import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { describeError, describeFailure } from '../../lib/errors';
import { localDate } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Checkbox, TextField } from '../../ui/Field';
import { EmptyState, Notice } from '../../ui/Feedback';
import { Card } from '../../ui/Layout';
import { ClearDateOverrideDocument, DateOverridesDocument, SetDateOverrideDocument } from './settingsOperations';
import { RangesEditor, fromApiRange, toApiRange, type TimeRangeValue } from './RangesEditor';
import type { AgendaProvider } from './useAgendaProvider';
import { addDays, formatLocalDate } from './zonedTime';

/** Dates whose hours differ from the week (a day off, a longer day), for the coming year. */
export function OverridesPage({ provider }: { provider: AgendaProvider }) {
  const { t, i18n } = useTranslation('agenda');
  const today = localDate(new Date(), provider.timeZone);
  const [{ data }, refetch] = useQuery({ query: DateOverridesDocument, variables: { id: provider.id, from: today, to: addDays(today, 365) } });
  const [date, setDate] = useState(today);
  const [dayOff, setDayOff] = useState(true);
  const [ranges, setRanges] = useState<TimeRangeValue[]>([{ start: '09:00', end: '17:00' }]);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching: saving }, setOverride] = useMutation(SetDateOverrideDocument);
  const [, clearOverride] = useMutation(ClearDateOverrideDocument);
  const overrides = data?.node && 'dateOverrides' in data.node ? data.node.dateOverrides : [];

  async function submit() {
    setProblem(null);
    const hours = dayOff ? [] : ranges.map(toApiRange);
    const result = await setOverride({ input: { providerId: provider.id, date, hours } });
    if (result.error) return setProblem(describeFailure(t, result.error));
    const userError = result.data?.setDateOverride.userErrors[0];
    if (userError) return setProblem(describeError(t, userError));
    refetch({ requestPolicy: 'network-only' });
  }

  async function clear(day: string) {
    setProblem(null);
    const result = await clearOverride({ date: day, providerId: provider.id });
    if (result.error) return setProblem(describeFailure(t, result.error));
    const userError = result.data?.clearDateOverride.userErrors[0];
    if (userError) return setProblem(describeError(t, userError));
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <>
      <Card title={t('overridesTitle')}>
        {overrides.length === 0 ? <EmptyState title={t('noOverrides')} /> : (
          <ul className="stack stack-s" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {overrides.map((override) => (
              <li key={override.date} className="stack stack-row stack-s">
                <strong>{formatLocalDate(override.date, i18n.language)}</strong>
                <span>{override.dayOff || override.hours.length === 0 ? t('dayOff') : override.hours.map((range) => { const r = fromApiRange(range); return `${r.start}–${r.end === '00:00' ? '24:00' : r.end}`; }).join(', ')}</span>
                <Button variant="ghost" onClick={() => void clear(override.date)}>
                  {t('clearOverride')}<span className="visually-hidden">: {formatLocalDate(override.date, i18n.language)}</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t('addOverride')}>
        <form className="stack stack-m" onSubmit={(event) => { event.preventDefault(); void submit(); }}>
          <p className="muted">{t('overrideLead', { zone: provider.timeZone })}</p>
          <TextField label={t('date')} type="date" value={date} min={today} onChange={(event) => setDate(event.target.value)} required />
          <Checkbox label={t('dayOff')} checked={dayOff} onChange={(event) => setDayOff(event.target.checked)} />
          {!dayOff ? <RangesEditor ranges={ranges} onChange={setRanges} context={date} /> : null}
          {problem ? <Notice tone="error">{problem}</Notice> : null}
          <div><Button type="submit" busy={saving}>{t('saveOverride')}</Button></div>
        </form>
      </Card>
    </>
  );
}
