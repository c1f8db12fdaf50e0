import { useEffect, useMemo, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { useTranslation } from 'react-i18next';
import type { AgendaBookingFieldsFragment } from '../../gql/graphql';
import { describeFailure } from '../../lib/errors';
import { localDate } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Checkbox, TextField } from '../../ui/Field';
import { Notice, Spinner } from '../../ui/Feedback';
import { AgendaBookingChangedDocument, AgendaDocument } from './operations';
import { AgendaBookingCard } from './AgendaBookingCard';
import type { AgendaProvider } from './useAgendaProvider';
import { addDays, formatLocalDate, mondayOf, zonedInstant } from './zonedTime';

type View = 'day' | 'week';

/** One provider's bookings by day, in the provider's zone, kept live. */
export function AgendaBoard({ provider }: { provider: AgendaProvider }) {
  const { t, i18n } = useTranslation('agenda');
  const zone = provider.timeZone;
  const [view, setView] = useState<View>('week');
  const [anchor, setAnchor] = useState(() => localDate(new Date(), zone));
  const [includeInactive, setIncludeInactive] = useState(false);
  const days = useMemo(() => {
    const first = view === 'week' ? mondayOf(anchor) : anchor;
    return Array.from({ length: view === 'week' ? 7 : 1 }, (_, index) => addDays(first, index));
  }, [anchor, view]);
  const firstDay = days[0] ?? anchor;
  const lastDay = days[days.length - 1] ?? anchor;
  const from = zonedInstant(firstDay, '00:00', zone);
  const to = zonedInstant(addDays(lastDay, 1), '00:00', zone);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AgendaDocument,
    variables: { from, to, providerId: provider.id, includeInactive },
  });
  // A change updates its booking in the cache by id; a booking new to this range needs the list asked again.
  const [{ data: change }] = useSubscription({ query: AgendaBookingChangedDocument, variables: { providerId: provider.id } });
  useEffect(() => {
    if (change) refetch({ requestPolicy: 'network-only' });
  }, [change, refetch]);

  const byDay = new Map<string, AgendaBookingFieldsFragment[]>();
  for (const booking of data?.agenda ?? []) {
    const day = localDate(booking.start, zone);
    byDay.set(day, [...(byDay.get(day) ?? []), booking]);
  }
  const step = view === 'week' ? 7 : 1;

  return (
    <>
      <div className="agenda-toolbar" role="group" aria-label={t('navigation')}>
        <Button variant={view === 'day' ? 'primary' : 'secondary'} aria-pressed={view === 'day'} onClick={() => setView('day')}>{t('day')}</Button>
        <Button variant={view === 'week' ? 'primary' : 'secondary'} aria-pressed={view === 'week'} onClick={() => setView('week')}>{t('week')}</Button>
        <Button variant="secondary" onClick={() => setAnchor(addDays(anchor, -step))}>{view === 'week' ? t('previousWeek') : t('previousDay')}</Button>
        <Button variant="secondary" onClick={() => setAnchor(localDate(new Date(), zone))}>{t('today')}</Button>
        <Button variant="secondary" onClick={() => setAnchor(addDays(anchor, step))}>{view === 'week' ? t('nextWeek') : t('nextDay')}</Button>
        <TextField label={t('goToDate')} type="date" value={anchor} onChange={(event) => event.target.value && setAnchor(event.target.value)} />
        <Checkbox label={t('includeInactive')} checked={includeInactive} onChange={(event) => setIncludeInactive(event.target.checked)} />
      </div>
      {error && !data ? <Notice tone="error">{describeFailure(t, error)}</Notice> : null}
      {fetching && !data ? <Spinner /> : null}
      {data ? days.map((day) => (
        <section key={day} className="agenda-day" aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`}>{formatLocalDate(day, i18n.language)}</h2>
          {(byDay.get(day) ?? []).length === 0 ? (
            <p className="muted">{t('nothingThisDay')}</p>
          ) : (
            <ul className="agenda-list">
              {(byDay.get(day) ?? []).map((booking) => (
                <li key={booking.id}><AgendaBookingCard booking={booking} zone={zone} /></li>
              ))}
            </ul>
          )}
        </section>
      )) : null}
    </>
  );
}
