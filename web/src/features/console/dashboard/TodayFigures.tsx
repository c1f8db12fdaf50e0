import { useSubscription } from 'urql';
import { graphql } from '../../../gql';
import { useTranslation } from 'react-i18next';
import type { ConsoleDashboardSubscription } from '../../../gql/graphql';
import { Card } from '../../../ui/Layout';
import { Spinner } from '../../../ui/Feedback';
import { formatDate, formatMoney, formatTime } from '../../../lib/format';
import { QueryError } from '../shared/MutationErrors';

const DashboardDocument = graphql(`
  subscription ConsoleDashboard {
    dashboard {
      asOf
      date
      timeZone
      from
      pendingConfirmations
      bookingsByStatus { status count }
      revenue { currency bookings gross refunded net }
    }
  }
`);

type Dashboard = ConsoleDashboardSubscription['dashboard'];

/** Today's figures, pushed by the server after every change (the `dashboard` subscription). */
export function TodayFigures() {
  const { t, i18n } = useTranslation('console');
  const [{ data, error }] = useSubscription<ConsoleDashboardSubscription, Dashboard>(
    { query: DashboardDocument },
    (_previous, next) => next.dashboard,
  );
  const dashboard = data;
  const locale = i18n.language;
  return (
    <Card title={dashboard ? t('dashboard.today', { date: formatDate(dashboard.from, dashboard.timeZone, locale) }) : t('dashboard.todayPlain')}>
      {error ? <QueryError error={error} /> : null}
      {!dashboard && !error ? <Spinner /> : null}
      {dashboard ? (
        <>
          <dl className="console-figures" aria-live="polite">
            <div>
              <dt>{t('dashboard.pending')}</dt>
              <dd>{dashboard.pendingConfirmations}</dd>
            </div>
            <div>
              <dt>{t('dashboard.bookingsToday')}</dt>
              <dd>{dashboard.bookingsByStatus.reduce((sum, entry) => sum + entry.count, 0)}</dd>
            </div>
            {dashboard.bookingsByStatus.filter((entry) => entry.count > 0).map((entry) => (
              <div key={entry.status}>
                <dt>{t(`common:status.${entry.status}`)}</dt>
                <dd>{entry.count}</dd>
              </div>
            ))}
            {dashboard.revenue.map((revenue) => (
              <div key={revenue.currency}>
                <dt>{t('dashboard.netRevenue', { currency: revenue.currency })}</dt>
                <dd>{formatMoney(revenue.net, revenue.currency, locale)}</dd>
              </div>
            ))}
          </dl>
          <p className="muted">{t('dashboard.asOf', { time: formatTime(dashboard.asOf, dashboard.timeZone, locale) })}</p>
        </>
      ) : null}
    </Card>
  );
}
