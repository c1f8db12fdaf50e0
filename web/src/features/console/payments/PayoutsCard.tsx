import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { useTranslation } from 'react-i18next';
import { useOrganization } from '../../../app/OrganizationContext';
import { Card } from '../../../ui/Layout';
import { Badge, EmptyState, Spinner } from '../../../ui/Feedback';
import { Button } from '../../../ui/Button';
import { formatDate, formatMoney } from '../../../lib/format';
import { QueryError } from '../shared/MutationErrors';
import { TableScroll } from '../shared/TableScroll';

const PayoutsDocument = graphql(`
  query ConsolePayouts($after: String) {
    payouts(first: 25, after: $after) {
      pageInfo { hasNextPage endCursor }
      items { id amount currency status arrivalDate createdAt failureCode }
    }
  }
`);

const tone = (status: string) => (status === 'paid' ? 'good' : status === 'failed' || status === 'canceled' ? 'bad' : 'info');

export function PayoutsCard() {
  const { organization } = useOrganization();
  const { t, i18n } = useTranslation('console');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [{ data, error, fetching }] = useQuery({ query: PayoutsDocument, variables: { after: cursors[cursors.length - 1] } });
  const payouts = (data?.payouts?.items ?? []).flatMap((payout) => (payout ? [payout] : []));
  return (
    <Card title={t('payments.payoutsTitle')}>
      {error ? <QueryError error={error} /> : null}
      {fetching && !data ? <Spinner /> : null}
      {data && payouts.length === 0 ? <EmptyState title={t('payments.noPayouts')} /> : null}
      {payouts.length > 0 ? (
        <TableScroll label={t('payments.payoutsTitle')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('payments.created')}</th>
                <th scope="col">{t('payments.amount')}</th>
                <th scope="col">{t('payments.status')}</th>
                <th scope="col">{t('payments.arrival')}</th>
              </tr>
            </thead>
            <tbody>
              {payouts.map((payout) => (
                <tr key={payout.id}>
                  <th scope="row">{formatDate(payout.createdAt, organization.timeZone, i18n.language, 'short')}</th>
                  <td>{formatMoney(payout.amount, payout.currency, i18n.language)}</td>
                  <td><Badge tone={tone(payout.status)}>{t(`payments.payoutStatus.${payout.status}`, { defaultValue: payout.status })}</Badge>{payout.failureCode ? ` ${payout.failureCode}` : ''}</td>
                  <td>{payout.arrivalDate ? formatDate(payout.arrivalDate, organization.timeZone, i18n.language, 'short') : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <div className="console-actions">
        {cursors.length > 1 ? <Button variant="secondary" onClick={() => setCursors((current) => current.slice(0, -1))}>{t('previousPage')}</Button> : null}
        {data?.payouts?.pageInfo.hasNextPage ? (
          <Button variant="secondary" onClick={() => setCursors((current) => [...current, data.payouts?.pageInfo.endCursor ?? null])}>{t('nextPage')}</Button>
        ) : null}
      </div>
    </Card>
  );
}
