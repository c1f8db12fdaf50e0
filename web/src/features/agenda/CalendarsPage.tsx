import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { CalendarKind } from '../../gql/graphql';
import { useOrganization } from '../../app/OrganizationContext';
import { describeError, describeFailure } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { EmptyState, Notice } from '../../ui/Feedback';
import { Card } from '../../ui/Layout';
import { AddIcsCalendarDocument, CalendarConnectionsDocument, ConnectCalendarDocument } from './settingsOperations';
import { CalendarConnectionCard } from './CalendarConnectionCard';
import type { AgendaProvider } from './useAgendaProvider';

/** Outside calendars whose busy times block the provider's slots and which receive their bookings. */
export function CalendarsPage({ provider, ownChosen }: { provider: AgendaProvider; ownChosen: boolean }) {
  const { t } = useTranslation('agenda');
  const { isAdmin } = useOrganization();
  // Only administrators may name a provider; everyone else is always asking about their own calendars.
  const providerId = isAdmin && !ownChosen ? provider.id : null;
  const [{ data }, refetch] = useQuery({ query: CalendarConnectionsDocument, variables: { providerId } });
  const [{ fetching: connecting }, connect] = useMutation(ConnectCalendarDocument);
  const [{ fetching: adding }, addIcs] = useMutation(AddIcsCalendarDocument);
  const [icsName, setIcsName] = useState('');
  const [icsUrl, setIcsUrl] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const connections = (data?.calendarConnections ?? []).filter((connection) => connection.providerId === provider.id);

  async function startConsent(kind: CalendarKind) {
    setProblem(null);
    const result = await connect({ input: { kind, providerId } });
    if (result.error) return setProblem(describeFailure(t, result.error));
    const payload = result.data?.connectCalendar;
    if (payload?.userErrors[0]) return setProblem(describeError(t, payload.userErrors[0]));
    // The service asks for consent on its own page and sends the browser back to the platform afterwards.
    if (payload?.consentUrl) window.location.assign(payload.consentUrl);
  }

  async function submitIcs() {
    setProblem(null);
    const result = await addIcs({ input: { url: icsUrl.trim(), name: icsName.trim() || null, providerId } });
    if (result.error) return setProblem(describeFailure(t, result.error));
    const userError = result.data?.addIcsCalendar.userErrors[0];
    if (userError) return setProblem(describeError(t, userError));
    setIcsUrl('');
    setIcsName('');
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <>
      <Card title={t('calendarsTitle')}>
        {connections.length === 0 ? <EmptyState title={t('noCalendars')} /> : (
          <ul className="stack stack-m" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {connections.map((connection) => (
              <li key={connection.id}><CalendarConnectionCard connection={connection} onGone={() => refetch({ requestPolicy: 'network-only' })} /></li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t('connectTitle')}>
        <div className="stack stack-m">
          <p className="muted">{t('connectLead')}</p>
          <div className="card-actions">
            <Button variant="secondary" busy={connecting} onClick={() => void startConsent('GOOGLE')}>{t('connectGoogle')}</Button>
            <Button variant="secondary" busy={connecting} onClick={() => void startConsent('MICROSOFT')}>{t('connectMicrosoft')}</Button>
          </div>
          <form className="stack stack-m" onSubmit={(event) => { event.preventDefault(); void submitIcs(); }}>
            <h3>{t('icsTitle')}</h3>
            <TextField label={t('icsUrl')} type="url" value={icsUrl} onChange={(event) => setIcsUrl(event.target.value)} hint={t('icsHint')} required />
            <TextField label={t('icsName')} value={icsName} onChange={(event) => setIcsName(event.target.value)} />
            <div><Button type="submit" busy={adding} disabled={!icsUrl.trim()}>{t('addIcs')}</Button></div>
          </form>
          {problem ? <Notice tone="error">{problem}</Notice> : null}
        </div>
      </Card>
    </>
  );
}
