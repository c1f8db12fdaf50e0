import { lazy, Suspense, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { useTranslation } from 'react-i18next';
import { useOrganization } from '../../../app/OrganizationContext';
import { Card, PageTitle } from '../../../ui/Layout';
import { TextField } from '../../../ui/Field';
import { Spinner } from '../../../ui/Feedback';
import { localDate } from '../../../lib/format';
import { addDays, startOfLocalDay } from '../shared/dates';
import { QueryError } from '../shared/MutationErrors';
import { TodayFigures } from './TodayFigures';

// ECharts is the console's largest dependency: it loads with the charts, after the live figures.
const StatsCharts = lazy(() => import('./StatsCharts'));

const BookingStatsDocument = graphql(`
  query ConsoleBookingStats($from: DateTimeOffset!, $to: DateTimeOffset!) {
    bookingStats(from: $from, to: $to) {
      from
      to
      byStatus { status count }
      revenue { currency bookings gross refunded net }
      utilization { availableMinutes bookedMinutes ratio provider { id displayName } }
    }
  }
`);

/** The console's start: today's figures as they change, and charts of a chosen range. */
export default function DashboardSection() {
  const { organization } = useOrganization();
  const { t } = useTranslation('console');
  const today = localDate(new Date(), organization.timeZone);
  const [fromDate, setFromDate] = useState(addDays(today, -30));
  const [toDate, setToDate] = useState(addDays(today, 30));
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(fromDate) && /^\d{4}-\d{2}-\d{2}$/.test(toDate) && fromDate <= toDate;
  const variables = useMemo(
    () => ({ from: startOfLocalDay(fromDate, organization.timeZone), to: startOfLocalDay(addDays(toDate, 1), organization.timeZone) }),
    [fromDate, toDate, organization.timeZone],
  );
  const [{ data, fetching, error }] = useQuery({ query: BookingStatsDocument, variables, pause: !valid });
  const stats = data?.bookingStats;

  return (
    <>
      <PageTitle subtitle={t('dashboard.subtitle')}>{t('nav.dashboard')}</PageTitle>
      <TodayFigures />
      <Card title={t('dashboard.range')}>
        <div className="console-form">
          <TextField label={t('dashboard.from')} type="date" value={fromDate} onChange={(event) => setFromDate(event.target.value)} />
          <TextField
            label={t('dashboard.to')}
            type="date"
            value={toDate}
            onChange={(event) => setToDate(event.target.value)}
            error={valid ? null : t('dashboard.rangeInvalid')}
          />
        </div>
      </Card>
      {error ? <QueryError error={error} /> : null}
      {fetching && !stats ? <Spinner /> : null}
      {stats ? (
        <Suspense fallback={<Spinner />}>
          <StatsCharts stats={stats} />
        </Suspense>
      ) : null}
    </>
  );
}
