import { useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BookingTimeframe } from '../../gql/graphql';
import { useOrganization } from '../../app/OrganizationContext';
import { describeFailure } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { EmptyState, Notice, Spinner } from '../../ui/Feedback';
import { MyBookingsDocument } from './operations';
import { BookingCard } from './BookingCard';

const pageSize = 10;

/**
 * One query per loaded page (keyed by its cursor): each page stays its own cached list, and the cards
 * inside them are normalized Bookings that live updates change in place.
 */
export function BookingList({ when }: { when: BookingTimeframe }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <div className="stack stack-m">
      {cursors.map((after, index) => (
        <BookingPage
          key={after ?? 'first'}
          when={when}
          after={after}
          isFirst={index === 0}
          isLast={index === cursors.length - 1}
          onMore={(cursor) => setCursors((loaded) => [...loaded, cursor])}
        />
      ))}
    </div>
  );
}

function BookingPage({ when, after, isFirst, isLast, onMore }: {
  when: BookingTimeframe;
  after: string | null;
  isFirst: boolean;
  isLast: boolean;
  onMore: (cursor: string) => void;
}) {
  const { t } = useTranslation('bookings');
  const { slug } = useOrganization();
  const [{ data, fetching, error }] = useQuery({ query: MyBookingsDocument, variables: { when, first: pageSize, after } });
  if (error && !data) return <Notice tone="error">{describeFailure(t, error)}</Notice>;
  if (!data) return fetching ? <Spinner /> : null;
  const bookings = (data.myBookings?.edges ?? []).flatMap((edge) => (edge?.node ? [edge.node] : []));
  const pageInfo = data.myBookings?.pageInfo;
  if (isFirst && bookings.length === 0) {
    return (
      <EmptyState title={when === 'PAST' ? t('noPast') : t('noUpcoming')}>
        <Link to={`/t/${slug}`}>{t('bookSomething')}</Link>
      </EmptyState>
    );
  }
  return (
    <>
      <ul className="stack stack-m" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {bookings.map((booking) => (
          <li key={booking.id}><BookingCard booking={booking} /></li>
        ))}
      </ul>
      {isLast && pageInfo?.hasNextPage && pageInfo.endCursor ? (
        <Button variant="secondary" onClick={() => onMore(pageInfo.endCursor ?? '')}>{t('loadMore')}</Button>
      ) : null}
    </>
  );
}
