import { useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { DeliveryChannel, DeliveryState } from '../../../gql/graphql';
import { useOrganization } from '../../../app/OrganizationContext';
import { Card } from '../../../ui/Layout';
import { SelectField, TextField } from '../../../ui/Field';
import { Badge, EmptyState, Spinner } from '../../../ui/Feedback';
import { Button } from '../../../ui/Button';
import { formatDateTime } from '../../../lib/format';
import { QueryError } from '../shared/MutationErrors';
import { NotificationDeliveriesDocument } from './operations';
import { TableScroll } from '../shared/TableScroll';

const channels: DeliveryChannel[] = ['EMAIL', 'WEBHOOK', 'CALENDAR', 'VIDEO'];
const states: DeliveryState[] = ['PENDING', 'SENT', 'FAILED', 'CANCELLED'];
const stateTone = { PENDING: 'info', SENT: 'good', FAILED: 'bad', CANCELLED: 'neutral' } as const;

/** Emails and calls from the outbox, newest first, filtered by channel, state and recipient. */
export function DeliveriesCard() {
  const { organization } = useOrganization();
  const { t, i18n } = useTranslation('console');
  const [channel, setChannel] = useState('');
  const [state, setState] = useState('');
  const [recipient, setRecipient] = useState('');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const variables = {
    after: cursors[cursors.length - 1],
    channel: (channel || null) as DeliveryChannel | null,
    state: (state || null) as DeliveryState | null,
    recipient: recipient.trim() || null,
  };
  const [{ data, error, fetching }] = useQuery({ query: NotificationDeliveriesDocument, variables });
  const deliveries = (data?.notificationDeliveries?.items ?? []).flatMap((delivery) => (delivery ? [delivery] : []));
  const restart = () => setCursors([null]);

  return (
    <Card title={t('notifications.deliveries')}>
      <div className="console-form">
        <SelectField label={t('notifications.channel')} value={channel} onChange={(event) => { setChannel(event.target.value); restart(); }}>
          <option value="">{t('notifications.any')}</option>
          {channels.map((value) => <option key={value} value={value}>{t(`notifications.channelName.${value}`)}</option>)}
        </SelectField>
        <SelectField label={t('notifications.state')} value={state} onChange={(event) => { setState(event.target.value); restart(); }}>
          <option value="">{t('notifications.any')}</option>
          {states.map((value) => <option key={value} value={value}>{t(`notifications.stateName.${value}`)}</option>)}
        </SelectField>
        <TextField label={t('notifications.recipient')} value={recipient} onChange={(event) => { setRecipient(event.target.value); restart(); }} type="search" />
      </div>
      {error ? <QueryError error={error} /> : null}
      {fetching && !data ? <Spinner /> : null}
      {data && deliveries.length === 0 ? <EmptyState title={t('notifications.noDeliveries')} /> : null}
      {deliveries.length > 0 ? (
        <TableScroll label={t('notifications.deliveries')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('notifications.created')}</th>
                <th scope="col">{t('notifications.message')}</th>
                <th scope="col">{t('notifications.recipient')}</th>
                <th scope="col">{t('notifications.state')}</th>
                <th scope="col">{t('notifications.attempts')}</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((delivery) => (
                <tr key={delivery.id}>
                  <th scope="row">{formatDateTime(delivery.createdAt, organization.timeZone, i18n.language)}</th>
                  <td>{t(`notifications.channelName.${delivery.channel}`)}: {delivery.message}{delivery.language ? ` (${delivery.language})` : ''}</td>
                  <td className="console-break">{delivery.recipient}</td>
                  <td>
                    <Badge tone={stateTone[delivery.state]}>{t(`notifications.stateName.${delivery.state}`)}</Badge>
                    {delivery.lastError ? <><br /><span className="muted">{delivery.lastStatusCode ? `${delivery.lastStatusCode}: ` : ''}{delivery.lastError}</span></> : null}
                  </td>
                  <td>{delivery.attempts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <div className="console-actions">
        {cursors.length > 1 ? <Button variant="secondary" onClick={() => setCursors((current) => current.slice(0, -1))}>{t('previousPage')}</Button> : null}
        {data?.notificationDeliveries?.pageInfo.hasNextPage ? (
          <Button variant="secondary" onClick={() => setCursors((current) => [...current, data.notificationDeliveries?.pageInfo.endCursor ?? null])}>{t('nextPage')}</Button>
        ) : null}
      </div>
    </Card>
  );
}
