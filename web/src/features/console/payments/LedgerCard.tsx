import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { useTranslation } from 'react-i18next';
import type { LedgerInterval } from '../../../gql/graphql';
import { useOrganization } from '../../../app/OrganizationContext';
import { Card } from '../../../ui/Layout';
import { SelectField, TextField } from '../../../ui/Field';
import { EmptyState, Spinner } from '../../../ui/Feedback';
import { formatDate, formatMoney, localDate } from '../../../lib/format';
import { addDays, startOfLocalDay } from '../shared/dates';
import { QueryError } from '../shared/MutationErrors';
import { TableScroll } from '../shared/TableScroll';

const LedgerDocument = graphql(`
  query ConsoleLedger($from: DateTimeOffset!, $to: DateTimeOffset!, $interval: LedgerInterval) {
    ledger(from: $from, to: $to, interval: $interval) {
      interval
      totals { currency bookings gross platformFee refunded disputed disputeFees net }
      periods { start currency bookings gross platformFee refunded disputed disputeFees net }
    }
  }
`);

const measures = ['gross', 'platformFee', 'refunded', 'disputed', 'net'] as const;

/** Captured money per period and currency over a chosen range. */
export function LedgerCard() {
  const { organization } = useOrganization();
  const { t, i18n } = useTranslation('console');
  const today = localDate(new Date(), organization.timeZone);
  const [fromDate, setFromDate] = useState(addDays(today, -90));
  const [toDate, setToDate] = useState(today);
  const [interval, setInterval] = useState<LedgerInterval>('MONTH');
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(fromDate) && /^\d{4}-\d{2}-\d{2}$/.test(toDate) && fromDate <= toDate;
  const variables = useMemo(() => ({
    from: startOfLocalDay(fromDate, organization.timeZone),
    to: startOfLocalDay(addDays(toDate, 1), organization.timeZone),
    interval,
  }), [fromDate, toDate, interval, organization.timeZone]);
  const [{ data, error, fetching }] = useQuery({ query: LedgerDocument, variables, pause: !valid });
  const ledger = data?.ledger;
  const money = (minor: number, currency: string) => formatMoney(minor, currency, i18n.language);

  return (
    <Card title={t('payments.ledger')}>
      <div className="console-form">
        <TextField label={t('dashboard.from')} type="date" value={fromDate} onChange={(event) => setFromDate(event.target.value)} />
        <TextField label={t('dashboard.to')} type="date" value={toDate} onChange={(event) => setToDate(event.target.value)} error={valid ? null : t('dashboard.rangeInvalid')} />
        <SelectField label={t('payments.interval')} value={interval} onChange={(event) => setInterval(event.target.value as LedgerInterval)}>
          {(['DAY', 'WEEK', 'MONTH'] as const).map((value) => <option key={value} value={value}>{t(`payments.intervalName.${value}`)}</option>)}
        </SelectField>
      </div>
      {error ? <QueryError error={error} /> : null}
      {fetching && !ledger ? <Spinner /> : null}
      {ledger && ledger.periods.length === 0 ? <EmptyState title={t('payments.noCaptures')} /> : null}
      {ledger && ledger.periods.length > 0 ? (
        <TableScroll label={t('payments.ledger')}>
          <table className="table">
            <caption className="visually-hidden">{t('payments.ledger')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('payments.period')}</th>
                <th scope="col">{t('dashboard.bookings')}</th>
                {measures.map((measure) => <th key={measure} scope="col">{t(`payments.measure.${measure}`)}</th>)}
              </tr>
            </thead>
            <tbody>
              {ledger.periods.map((period) => (
                <tr key={`${period.start}-${period.currency}`}>
                  <th scope="row">{formatDate(period.start, organization.timeZone, i18n.language, 'short')} {period.currency}</th>
                  <td>{period.bookings}</td>
                  {measures.map((measure) => <td key={measure}>{money(period[measure], period.currency)}</td>)}
                </tr>
              ))}
              {ledger.totals.map((total) => (
                <tr key={`total-${total.currency}`}>
                  <th scope="row">{t('payments.total', { currency: total.currency })}</th>
                  <td>{total.bookings}</td>
                  {measures.map((measure) => <td key={measure}><strong>{money(total[measure], total.currency)}</strong></td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </Card>
  );
}
