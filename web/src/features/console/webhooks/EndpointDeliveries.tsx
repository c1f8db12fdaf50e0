import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { useOrganization } from '../../../app/OrganizationContext';
import { Badge, EmptyState, Spinner } from '../../../ui/Feedback';
import { Button } from '../../../ui/Button';
import { formatDateTime } from '../../../lib/format';
import { MutationErrors, QueryError } from '../shared/MutationErrors';
import { useAction } from '../shared/useAction';
import { RedeliverWebhookDocument, WebhookDeliveriesDocument } from './operations';
import { TableScroll } from '../shared/TableScroll';

const tone = { PENDING: 'info', SENT: 'good', FAILED: 'bad', CANCELLED: 'neutral' } as const;

/** One endpoint's deliveries, newest first; any can be sent again (same body and Platform-Webhook-Id). */
export function EndpointDeliveries({ endpointId }: { endpointId: string }) {
  const { organization } = useOrganization();
  const { t, i18n } = useTranslation('console');
  const [{ data, error, fetching }, refetch] = useQuery({ query: WebhookDeliveriesDocument, variables: { endpointId, after: null } });
  const [, redeliver] = useMutation(RedeliverWebhookDocument);
  const action = useAction();
  const [busyId, setBusyId] = useState<string | null>(null);
  const deliveries = (data?.webhookDeliveries?.items ?? []).flatMap((delivery) => (delivery ? [delivery] : []));

  const again = async (deliveryId: string) => {
    setBusyId(deliveryId);
    const payload = await action.run(redeliver({ input: { deliveryId } }), (result) => result.redeliverWebhook);
    setBusyId(null);
    if (payload) refetch({ requestPolicy: 'network-only' });
  };

  return (
    <div className="stack stack-s">
      <div className="console-actions">
        <h3>{t('webhooks.deliveries')}</h3>
        <Button variant="ghost" onClick={() => refetch({ requestPolicy: 'network-only' })}>{t('webhooks.refresh')}</Button>
      </div>
      {error ? <QueryError error={error} /> : null}
      {fetching && !data ? <Spinner /> : null}
      <MutationErrors error={action.error} userErrors={action.userErrors} />
      {data && deliveries.length === 0 ? <EmptyState title={t('webhooks.noDeliveries')} /> : null}
      {deliveries.length > 0 ? (
        <TableScroll label={t('webhooks.deliveries')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('webhooks.event')}</th>
                <th scope="col">{t('notifications.state')}</th>
                <th scope="col">{t('notifications.attempts')}</th>
                <th scope="col"><span className="visually-hidden">{t('actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((delivery) => (
                <tr key={delivery.id}>
                  <th scope="row">{delivery.eventType}<br /><span className="muted">{formatDateTime(delivery.createdAt, organization.timeZone, i18n.language)}</span></th>
                  <td>
                    <Badge tone={tone[delivery.state]}>{t(`notifications.stateName.${delivery.state}`)}</Badge>
                    {delivery.lastStatusCode ? ` HTTP ${delivery.lastStatusCode}` : ''}
                    {delivery.lastError ? <><br /><span className="muted">{delivery.lastError}</span></> : null}
                  </td>
                  <td>{delivery.attempts}</td>
                  <td>
                    <Button variant="secondary" busy={busyId === delivery.id} onClick={() => void again(delivery.id)}
                      aria-label={t('webhooks.redeliverNamed', { event: delivery.eventType, time: formatDateTime(delivery.createdAt, organization.timeZone, i18n.language) })}>
                      {t('webhooks.redeliver')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </div>
  );
}
