import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSubscription } from 'urql';
import { useAuth } from '../../lib/auth/useAuth';
import { useOrganization } from '../../app/OrganizationContext';
import { Button } from '../../ui/Button';
import { EmptyState, Spinner } from '../../ui/Feedback';
import { PageTitle } from '../../ui/Layout';
import type { BookingTimeframe } from '../../gql/graphql';
import { MyBookingChangedDocument } from './operations';
import { BookingList } from './BookingList';
import { WaitlistSection } from './WaitlistSection';
import { CalendarFeedSection } from './CalendarFeedSection';
import './bookings.css';

/** A customer's own bookings here, upcoming and past, kept live. */
export default function MyBookingsPage() {
  const { t } = useTranslation('bookings');
  const { user, ready, signIn } = useAuth();
  if (!user && !ready) return <Spinner />;
  if (!user) {
    return (
      <>
        <PageTitle>{t('title')}</PageTitle>
        <EmptyState title={t('signInPrompt')}>
          <Button onClick={() => void signIn()}>{t('common:signIn')}</Button>
        </EmptyState>
      </>
    );
  }
  return <SignedInBookings />;
}

function SignedInBookings() {
  const { t } = useTranslation('bookings');
  const { slug } = useOrganization();
  const [params] = useSearchParams();
  const when: BookingTimeframe = params.get('when') === 'past' ? 'PAST' : 'UPCOMING';
  // Without arguments the server sends a customer their own bookings; the cache updates each by id.
  useSubscription({ query: MyBookingChangedDocument });
  // A booking new to the list (an accepted waitlist offer) arrives by asking the list again: remounting it does.
  const [listVersion, setListVersion] = useState(0);
  const base = `/t/${slug}/bookings`;
  return (
    <>
      <PageTitle subtitle={t('subtitle')}>{t('title')}</PageTitle>
      <nav className="tabs bookings-tabs" aria-label={t('timeframes')}>
        <Link to={base} className={when === 'UPCOMING' ? 'active' : undefined} aria-current={when === 'UPCOMING' ? 'page' : undefined}>
          {t('upcoming')}
        </Link>
        <Link to={`${base}?when=past`} className={when === 'PAST' ? 'active' : undefined} aria-current={when === 'PAST' ? 'page' : undefined}>
          {t('past')}
        </Link>
      </nav>
      <section aria-labelledby="bookings-heading">
        <h2 id="bookings-heading" className="visually-hidden">{when === 'PAST' ? t('past') : t('upcoming')}</h2>
        <BookingList key={`${when}-${listVersion}`} when={when} />
      </section>
      <WaitlistSection onBooked={() => setListVersion((version) => version + 1)} />
      <CalendarFeedSection />
    </>
  );
}
