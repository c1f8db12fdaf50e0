import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../ui/Layout';
import { OrganizationForm } from './OrganizationForm';
import { BookingSettingsForm } from './BookingSettingsForm';

/** The organization's identity and its booking timeouts and reminders. */
export default function SettingsSection() {
  const { t } = useTranslation('console');
  return (
    <>
      <PageTitle subtitle={t('settings.subtitle')}>{t('nav.settings')}</PageTitle>
      <OrganizationForm />
      <BookingSettingsForm />
    </>
  );
}
