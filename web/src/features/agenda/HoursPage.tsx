import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { DayOfWeek } from '../../gql/graphql';
import { useOrganization } from '../../app/OrganizationContext';
import { describeError, describeFailure } from '../../lib/errors';
import { timeZones } from '../../lib/format';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/Field';
import { Notice, Spinner } from '../../ui/Feedback';
import { Card } from '../../ui/Layout';
import { ProviderHoursDocument, SetProviderScheduleDocument } from './settingsOperations';
import { RangesEditor, fromApiRange, toApiRange, type TimeRangeValue } from './RangesEditor';
import type { AgendaProvider } from './useAgendaProvider';

const week: DayOfWeek[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
type WeekHours = Record<DayOfWeek, TimeRangeValue[]>;

function emptyWeek(): WeekHours {
  return Object.fromEntries(week.map((day) => [day, []])) as unknown as WeekHours;
}

/** The weekday name in the visitor's language (2024-01-01 was a Monday). */
function dayName(index: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + index)));
}

/** A provider's recurring weekly hours and the zone they are written in; without a profile yet, saving creates it. */
export function HoursPage({ provider }: { provider: AgendaProvider | null }) {
  const { t, i18n } = useTranslation('agenda');
  const { organization, viewer } = useOrganization();
  const [{ data, fetching }] = useQuery({ query: ProviderHoursDocument, variables: { id: provider?.id ?? '' }, pause: !provider });
  const [hours, setHours] = useState<WeekHours>(emptyWeek);
  const [zone, setZone] = useState(provider?.timeZone ?? organization.timeZone);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [{ fetching: saving }, save] = useMutation(SetProviderScheduleDocument);
  const loaded = data?.node && 'weeklyHours' in data.node ? data.node : null;

  useEffect(() => {
    if (!loaded) return;
    const next = emptyWeek();
    for (const entry of loaded.weeklyHours) next[entry.dayOfWeek].push(fromApiRange(entry));
    setHours(next);
    setZone(loaded.timeZone);
  }, [loaded]);

  const membershipId = provider?.membership.id ?? viewer?.membership?.id;
  if (provider && fetching && !loaded) return <Spinner />;

  async function submit() {
    if (!membershipId) return;
    setMessage(null);
    const weeklyHours = week.flatMap((day) => hours[day].map((range) => ({ dayOfWeek: day, ...toApiRange(range) })));
    const result = await save({ input: { membershipId, timeZone: zone, weeklyHours } });
    if (result.error) return setMessage({ tone: 'error', text: describeFailure(t, result.error) });
    const userError = result.data?.setProviderSchedule.userErrors[0];
    if (userError) return setMessage({ tone: 'error', text: describeError(t, userError) });
    setMessage({ tone: 'success', text: t('common:saved') });
  }

  return (
    <Card title={t('hoursTitle')}>
      <form className="stack stack-m" onSubmit={(event) => { event.preventDefault(); void submit(); }}>
        <p className="muted">{t('hoursLead')}</p>
        <SelectField label={t('timeZone')} value={zone} onChange={(event) => setZone(event.target.value)}>
          {timeZones().map((name) => <option key={name} value={name}>{name}</option>)}
        </SelectField>
        {week.map((day, index) => (
          <fieldset key={day} className="day-hours">
            <legend>{dayName(index, i18n.language)}</legend>
            {hours[day].length === 0 ? <p className="muted">{t('closed')}</p> : null}
            <RangesEditor
              ranges={hours[day]}
              context={dayName(index, i18n.language)}
              onChange={(ranges) => setHours((current) => ({ ...current, [day]: ranges }))}
            />
          </fieldset>
        ))}
        {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
        <div><Button type="submit" busy={saving} disabled={!membershipId}>{t('saveHours')}</Button></div>
      </form>
    </Card>
  );
}
