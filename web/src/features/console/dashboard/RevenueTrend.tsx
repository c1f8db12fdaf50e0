import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { useTranslation } from 'react-i18next';
import type { LedgerInterval } from '../../../gql/graphql';
import { useOrganization } from '../../../app/OrganizationContext';
import { Card } from '../../../ui/Layout';
import { EmptyState } from '../../../ui/Feedback';
import { currencyDigits, formatDate, formatMoney } from '../../../lib/format';
import { QueryError } from '../shared/MutationErrors';
import { Chart, type ChartOption } from './Chart';

const RevenueTrendDocument = graphql(`
  query ConsoleRevenueTrend($from: DateTimeOffset!, $to: DateTimeOffset!, $interval: LedgerInterval) {
    ledger(from: $from, to: $to, interval: $interval) {
      interval
      periods { start currency bookings gross net }
    }
  }
`);

/** Days for a month or less, weeks up to four months, months beyond: a readable number of points. */
function intervalFor(from: string, to: string): LedgerInterval {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  return days <= 31 ? 'DAY' : days <= 120 ? 'WEEK' : 'MONTH';
}

/** Captured money over time (the ledger), one line per currency, net of fees and refunds. */
export function RevenueTrend({ from, to }: { from: string; to: string }) {
  const { organization } = useOrganization();
  const { t, i18n } = useTranslation('console');
  const variables = useMemo(() => ({ from, to, interval: intervalFor(from, to) }), [from, to]);
  const [{ data, error }] = useQuery({ query: RevenueTrendDocument, variables });
  const periods = data?.ledger.periods ?? [];
  const option = useMemo<ChartOption>(() => {
    const label = (iso: string) => formatDate(iso, organization.timeZone, i18n.language, 'short');
    const starts = [...new Set(periods.map((period) => period.start))].sort();
    const currencies = [...new Set(periods.map((period) => period.currency))];
    return {
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: starts.map(label) },
      yAxis: { type: 'value' },
      series: currencies.map((currency) => ({
        type: 'line',
        name: t('dashboard.netIn', { currency }),
        data: starts.map((start) => (periods.find((period) => period.start === start && period.currency === currency)?.net ?? 0) / 10 ** currencyDigits(currency)),
      })),
    };
  }, [periods, organization.timeZone, i18n.language, t]);

  return (
    <Card title={t('dashboard.trend')}>
      {error ? <QueryError error={error} /> : null}
      {data && periods.length === 0 ? <EmptyState title={t('dashboard.noCaptures')} /> : null}
      {periods.length > 0 ? (
        <Chart option={option}>
          <table className="table">
            <caption>{t('dashboard.trend')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.period')}</th>
                <th scope="col">{t('dashboard.bookings')}</th>
                <th scope="col">{t('dashboard.gross')}</th>
                <th scope="col">{t('dashboard.net')}</th>
              </tr>
            </thead>
            <tbody>
              {periods.map((period) => (
                <tr key={`${period.start}-${period.currency}`}>
                  <th scope="row">{formatDate(period.start, organization.timeZone, i18n.language, 'short')}</th>
                  <td>{period.bookings}</td>
                  <td>{formatMoney(period.gross, period.currency, i18n.language)}</td>
                  <td>{formatMoney(period.net, period.currency, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Chart>
      ) : null}
    </Card>
  );
}
