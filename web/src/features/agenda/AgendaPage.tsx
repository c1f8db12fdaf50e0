import { NavLink, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useOrganization } from '../../app/OrganizationContext';
import { useAuth } from '../../lib/auth/useAuth';
import { Button } from '../../ui/Button';
import { EmptyState, Notice, Spinner } from '../../ui/Feedback';
import { PageTitle } from '../../ui/Layout';
import { SelectField } from '../../ui/Field';
import { useAgendaProvider, type AgendaProviderState } from './useAgendaProvider';
import { AgendaBoard } from './AgendaBoard';
import { HoursPage } from './HoursPage';
import { OverridesPage } from './OverridesPage';
import { BlackoutsPage } from './BlackoutsPage';
import { CalendarsPage } from './CalendarsPage';
import './agenda.css';

/** The staff side of bookings: the agenda and a provider's own availability settings. */
export default function AgendaPage() {
  const { t } = useTranslation('agenda');
  const { isStaff } = useOrganization();
  const { user, ready, signIn } = useAuth();
  if (isStaff) return <StaffAgenda />;
  if (!user && !ready) return <Spinner />;
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      {user ? <Notice tone="warning">{t('staffOnly')}</Notice> : (
        <EmptyState title={t('signInPrompt')}>
          <Button onClick={() => void signIn()}>{t('common:signIn')}</Button>
        </EmptyState>
      )}
    </>
  );
}

function StaffAgenda() {
  const { t } = useTranslation('agenda');
  const { slug } = useOrganization();
  const providers = useAgendaProvider();
  const base = `/t/${slug}/agenda`;
  return (
    <>
      <PageTitle subtitle={providers.provider ? t('zoneNote', { zone: providers.provider.timeZone }) : undefined}>{t('title')}</PageTitle>
      <nav className="tabs agenda-tabs" aria-label={t('sections')}>
        <NavLink to={base} end>{t('tabs.agenda')}</NavLink>
        <NavLink to={`${base}/hours`}>{t('tabs.hours')}</NavLink>
        <NavLink to={`${base}/overrides`}>{t('tabs.overrides')}</NavLink>
        <NavLink to={`${base}/blackouts`}>{t('tabs.blackouts')}</NavLink>
        <NavLink to={`${base}/calendars`}>{t('tabs.calendars')}</NavLink>
      </nav>
      <ProviderChooser state={providers} />
      {providers.fetching ? <Spinner /> : <AgendaRoutes state={providers} />}
    </>
  );
}

function ProviderChooser({ state }: { state: AgendaProviderState }) {
  const { t } = useTranslation('agenda');
  if (!state.canChoose || state.choices.length === 0) return null;
  return (
    <div className="agenda-provider">
      <SelectField label={t('provider')} value={state.provider?.id ?? ''} onChange={(event) => state.choose(event.target.value)}>
        {state.choices.map((provider) => <option key={provider.id} value={provider.id}>{provider.displayName}</option>)}
      </SelectField>
    </div>
  );
}

function AgendaRoutes({ state }: { state: AgendaProviderState }) {
  const { t } = useTranslation('agenda');
  const provider = state.provider;
  return (
    <Routes>
      <Route path="hours" element={<HoursPage provider={provider} />} />
      <Route path="overrides" element={provider ? <OverridesPage provider={provider} /> : <NoProvider />} />
      <Route path="blackouts" element={provider ? <BlackoutsPage provider={provider} /> : <NoProvider />} />
      <Route path="calendars" element={provider ? <CalendarsPage provider={provider} ownChosen={!state.canChoose} /> : <NoProvider />} />
      <Route index element={provider ? <AgendaBoard provider={provider} /> : <NoProvider />} />
      <Route path="*" element={<EmptyState title={t('common:notFound')} />} />
    </Routes>
  );
}

function NoProvider() {
  const { t } = useTranslation('agenda');
  const { slug } = useOrganization();
  return (
    <EmptyState title={t('noProvider')}>
      <NavLink to={`/t/${slug}/agenda/hours`}>{t('setUpHours')}</NavLink>
    </EmptyState>
  );
}
