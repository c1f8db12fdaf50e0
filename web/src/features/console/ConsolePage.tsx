import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useOrganization } from '../../app/OrganizationContext';
import { useAuth } from '../../lib/auth/useAuth';
import { EmptyState, Spinner } from '../../ui/Feedback';
import { Button } from '../../ui/Button';
import { ConsoleNav } from './ConsoleNav';
import './console.css';
import DashboardSection from './dashboard/DashboardSection';
import OfferingsSection from './offerings/OfferingsSection';
import ProvidersSection from './providers/ProvidersSection';
import MembersSection from './members/MembersSection';
import SettingsSection from './settings/SettingsSection';
import PaymentsSection from './payments/PaymentsSection';
import NotificationsSection from './notifications/NotificationsSection';
import WebhooksSection from './webhooks/WebhooksSection';
import IntegrationsSection from './integrations/IntegrationsSection';

/** The console of owners and administrators: one page per section, under a section navigation. */
export default function ConsolePage() {
  const { isAdmin } = useOrganization();
  const { user, signIn } = useAuth();
  const { t } = useTranslation('console');
  if (!isAdmin) {
    return (
      <>
        <h1>{t('title')}</h1>
        <EmptyState title={t('notAllowed')}>
          {user ? <p>{t('notAllowedHint')}</p> : <Button onClick={() => void signIn()}>{t('common:signIn')}</Button>}
        </EmptyState>
      </>
    );
  }
  return (
    <div className="console">
      <ConsoleNav />
      <div className="console-content">
        <Suspense fallback={<Spinner />}>
          <Routes>
            <Route index element={<DashboardSection />} />
            <Route path="offerings/*" element={<OfferingsSection />} />
            <Route path="providers/*" element={<ProvidersSection />} />
            <Route path="members/*" element={<MembersSection />} />
            <Route path="settings/*" element={<SettingsSection />} />
            <Route path="payments/*" element={<PaymentsSection />} />
            <Route path="notifications/*" element={<NotificationsSection />} />
            <Route path="webhooks/*" element={<WebhooksSection />} />
            <Route path="integrations/*" element={<IntegrationsSection />} />
            <Route path="*" element={<EmptyState title={t('sectionMissing')} />} />
          </Routes>
        </Suspense>
      </div>
    </div>
  );
}
