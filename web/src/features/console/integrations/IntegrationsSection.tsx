import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../ui/Layout';
import { ClientsCard } from './ClientsCard';
import { VideoCard } from './VideoCard';

/** API keys for integrations, and the video services rooms are made with. */
export default function IntegrationsSection() {
  const { t } = useTranslation('console');
  return (
    <>
      <PageTitle subtitle={t('integrations.subtitle')}>{t('nav.integrations')}</PageTitle>
      <ClientsCard />
      <VideoCard />
    </>
  );
}
