import { useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Card, PageTitle } from '../../../ui/Layout';
import { EmptyState, Spinner } from '../../../ui/Feedback';
import { QueryError } from '../shared/MutationErrors';
import { SecretOnce } from '../shared/SecretOnce';
import { WebhookEndpointsDocument } from './operations';
import { EndpointForm } from './EndpointForm';
import { EndpointItem } from './EndpointItem';

/** Signed webhook endpoints: add, change, rotate the secret, test, delete; each with its deliveries. */
export default function WebhooksSection() {
  const { t } = useTranslation('console');
  const [{ data, error, fetching }, refetch] = useQuery({ query: WebhookEndpointsDocument });
  const [secret, setSecret] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const endpoints = data?.webhookEndpoints ?? [];
  return (
    <>
      <PageTitle subtitle={t('webhooks.subtitle')}>{t('nav.webhooks')}</PageTitle>
      {secret ? <SecretOnce label={t('webhooks.secret')} secret={secret} onDismiss={() => setSecret(null)} /> : null}
      <Card title={t('webhooks.endpoints')}>
        {error ? <QueryError error={error} /> : null}
        {fetching && !data ? <Spinner /> : null}
        {data && endpoints.length === 0 ? <EmptyState title={t('webhooks.none')} /> : null}
        <ul className="console-list">
          {endpoints.map((endpoint) => <EndpointItem key={endpoint.id} endpoint={endpoint} onSecret={setSecret} onDeleted={reload} />)}
        </ul>
      </Card>
      <Card title={t('webhooks.add')}>
        <EndpointForm
          onSaved={(created) => {
            if (created) setSecret(created);
            reload();
          }}
        />
      </Card>
    </>
  );
}
