import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleBookingStatsQuery } from '../../../gql/graphql';
import { EmptyState } from '../../../ui/Feedback';
import { Card } from '../../../ui/Layout';
import { currencyDigits, formatMoney } from '../../../lib/format';
import { Chart, type ChartOption } from './Chart';
import { RevenueTrend } from './RevenueTrend';

type Stats = ConsoleBookingStatsQuery['bookingStats'];

/** The charts of a range: statuses, revenue, utilization and captured money over time, each with a table as its text alternative. */
export default function StatsCharts({ stats }: { stats: Stats }) {
  const { t } = useTranslation('console');
  return (
    <div className="console-charts">
      <Card title={t('dashboard.byStatus')}><StatusChart counts={stats.byStatus} /></Card>
      <Card title={t('dashboard.revenue')}><RevenueChart revenue={stats.revenue} /></Card>
      <Card title={t('dashboard.utilization')}><UtilizationChart utilization={stats.utilization} /></Card>
      <RevenueTrend from={stats.from} to={stats.to} />
    </div>
  );
}

// Colours follow the status's meaning; the axis labels name each status, so nothing depends on colour alone.
const statusColors: Record<string, string> = {
  HELD: '#8c95a6', AWAITING_HOST: '#c88a00', CONFIRMED: '#3b5bdb', COMPLETED: '#1e7a3c',
  NO_SHOW: '#7a4eb4', CANCELLED: '#b42318', DECLINED: '#d9480f', EXPIRED: '#5b6270',
};
const grid = { left: 8, right: 16, top: 32, bottom: 8, containLabel: true };

function StatusChart({ counts }: { counts: Stats['byStatus'] }) {
  const { t } = useTranslation('console');
  const option = useMemo<ChartOption>(() => ({
    grid,
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: counts.map((entry) => t(`common:status.${entry.status}`)) },
    series: [{
      type: 'bar',
      name: t('dashboard.bookings'),
      data: counts.map((entry) => ({ value: entry.count, itemStyle: { color: statusColors[entry.status] ?? '#3b5bdb' } })),
      label: { show: true, position: 'right' },
    }],
  }), [counts, t]);
  if (counts.every((entry) => entry.count === 0)) return <EmptyState title={t('dashboard.noBookings')} />;
  return (
    <Chart option={option}>
      <table className="table">
        <caption>{t('dashboard.byStatus')}</caption>
        <thead><tr><th scope="col">{t('dashboard.status')}</th><th scope="col">{t('dashboard.bookings')}</th></tr></thead>
        <tbody>
          {counts.map((entry) => (
            <tr key={entry.status}><th scope="row">{t(`common:status.${entry.status}`)}</th><td>{entry.count}</td></tr>
          ))}
        </tbody>
      </table>
    </Chart>
  );
}

function RevenueChart({ revenue }: { revenue: Stats['revenue'] }) {
  const { t, i18n } = useTranslation('console');
  const locale = i18n.language;
  // Bars are drawn in major units (a chart of cents reads wrong); labels and the table use formatMoney.
  const major = (minor: number, currency: string) => minor / 10 ** currencyDigits(currency);
  const option = useMemo<ChartOption>(() => {
    const measures = ['gross', 'refunded', 'net'] as const;
    return {
      grid,
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: revenue.map((entry) => entry.currency) },
      yAxis: { type: 'value' },
      series: measures.map((measure) => ({
        type: 'bar',
        name: t(`dashboard.${measure}`),
        data: revenue.map((entry) => major(entry[measure], entry.currency)),
      })),
    };
  }, [revenue, t]);
  if (revenue.every((entry) => entry.gross === 0 && entry.refunded === 0)) return <EmptyState title={t('dashboard.noRevenue')} />;
  return (
    <Chart option={option}>
      <RevenueTable revenue={revenue} locale={locale} />
    </Chart>
  );
}

function RevenueTable({ revenue, locale }: { revenue: Stats['revenue']; locale: string }) {
  const { t } = useTranslation('console');
  return (
    <table className="table">
      <caption>{t('dashboard.revenue')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.currency')}</th>
          <th scope="col">{t('dashboard.bookings')}</th>
          <th scope="col">{t('dashboard.gross')}</th>
          <th scope="col">{t('dashboard.refunded')}</th>
          <th scope="col">{t('dashboard.net')}</th>
        </tr>
      </thead>
      <tbody>
        {revenue.map((entry) => (
          <tr key={entry.currency}>
            <th scope="row">{entry.currency}</th>
            <td>{entry.bookings}</td>
            <td>{formatMoney(entry.gross, entry.currency, locale)}</td>
            <td>{formatMoney(entry.refunded, entry.currency, locale)}</td>
            <td>{formatMoney(entry.net, entry.currency, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function UtilizationChart({ utilization }: { utilization: Stats['utilization'] }) {
  const { t, i18n } = useTranslation('console');
  const percent = (ratio: number) => Math.round(ratio * 1000) / 10;
  const option = useMemo<ChartOption>(() => ({
    grid,
    tooltip: { trigger: 'axis', valueFormatter: (value) => `${String(value)} %` },
    xAxis: { type: 'value', max: 100, splitNumber: 4, axisLabel: { formatter: '{value} %', hideOverlap: true } },
    yAxis: { type: 'category', data: utilization.map((entry) => entry.provider.displayName) },
    series: [{ type: 'bar', name: t('dashboard.utilization'), data: utilization.map((entry) => percent(entry.ratio)), label: { show: true, position: 'right', formatter: '{c} %' } }],
  }), [utilization, t]);
  if (utilization.length === 0) return <EmptyState title={t('dashboard.noProviders')} />;
  const hours = (minutes: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(minutes / 60);
  return (
    <Chart option={option}>
      <table className="table">
        <caption>{t('dashboard.utilization')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.provider')}</th>
            <th scope="col">{t('dashboard.bookedHours')}</th>
            <th scope="col">{t('dashboard.availableHours')}</th>
            <th scope="col">{t('dashboard.ratio')}</th>
          </tr>
        </thead>
        <tbody>
          {utilization.map((entry) => (
            <tr key={entry.provider.id}>
              <th scope="row">{entry.provider.displayName}</th>
              <td>{hours(entry.bookedMinutes)}</td>
              <td>{hours(entry.availableMinutes)}</td>
              <td>{percent(entry.ratio)} %</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Chart>
  );
}
