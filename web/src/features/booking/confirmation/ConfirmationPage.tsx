import { useEffect, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { useTranslation } from 'react-i18next';
import { BookingChangedDocument, BookingStatusDocument } from '../operations';
import { recallConfirmed } from '../holdStore';
import { AddToCalendar } from './AddToCalendar';
import { useOrganization } from '../../../app/OrganizationContext';
import { useAuth } from '../../../lib/auth/useAuth';
import { browserTimeZone, formatDateTime, formatMoney } from '../../../lib/format';
import { Badge, Notice, Spinner } from '../../../ui/Feedback';
import { Card } from '../../../ui/Layout';

const tones = { CONFIRMED: 'good', AWAITING_HOST: 'warn', HELD: 'info' } as const;

/**
 * After booking: the booking as it stands, live for a signed-in customer (a payment or the host's answer
 * changes it while they look); a guest sees what they booked and gets the rest by email.
 */
export default function ConfirmationPage() {
  const { bookingId = '' } = useParams();
  const [params] = useSearchParams();
  const { slug } = useOrganization();
  const { user, ready } = useAuth();
  const { t, i18n } = useTranslation('booking');
  const locale = i18n.resolvedLanguage ?? 'en';
  const timeZone = useMemo(browserTimeZone, []);
  const [{ data, fetching }, reexecute] = useQuery({ query: BookingStatusDocument, variables: { id: bookingId }, pause: !ready || !user });
  useSubscription({ query: BookingChangedDocument, pause: !user });
  const node = data?.node;
  const fromApi = node && 'status' in node ? node : null;
  const booking = fromApi ?? recallConfirmed(bookingId);
  const paidByCheckout = params.get('paid') === 'checkout';

  // Back from Checkout the payment may be seconds from recorded: look again until it is.
  useEffect(() => {
    if (!fromApi || fromApi.status !== 'HELD') return;
    const timer = window.setInterval(() => reexecute({ requestPolicy: 'network-only' }), 2000);
    return () => window.clearInterval(timer);
  }, [fromApi, reexecute]);

  if (!booking) return fetching || !ready ? <Spinner /> : <Notice tone="warning">{t('bookingUnknown')}</Notice>;
  const status = booking.status;
  const headline = status === 'CONFIRMED' ? t('confirmedTitle') : status === 'AWAITING_HOST' ? t('awaitingTitle')
    : status === 'HELD' ? t('processingTitle') : t(`common:status.${status}`);
  return (
    <div className="confirmation stack stack-m">
      <h1>{headline}</h1>
      {paidByCheckout && !user ? <Notice tone="success">{t('paidGuest')}</Notice> : null}
      <Card>
        <p><Badge tone={tones[status as keyof typeof tones] ?? 'neutral'}>{t(`common:status.${status}`)}</Badge></p>
        <h2>{booking.offering?.name}</h2>
        <p>{formatDateTime(booking.start, timeZone, locale)} – {formatDateTime(booking.end, timeZone, locale)} ({timeZone})</p>
        {booking.provider ? <p>{t('with', { provider: booking.provider.displayName })}</p> : null}
        {booking.seats > 1 ? <p>{t('seatsCount', { count: booking.seats })}</p> : null}
        <p>{booking.price.amount === 0 ? t('free') : formatMoney(booking.price.amount, booking.price.currency, locale)}</p>
        {booking.offering?.locationDetail ? <p>{booking.offering.locationDetail}</p> : null}
        {status === 'AWAITING_HOST' && booking.confirmationDeadline ? (
          <Notice tone="info">{t('awaitingUntil', { until: formatDateTime(booking.confirmationDeadline, timeZone, locale) })}</Notice>
        ) : null}
        {status === 'CONFIRMED' && booking.video?.joinUrl ? (
          <p><a className="btn btn-primary" href={booking.video.joinUrl} target="_blank" rel="noreferrer">{t('joinVideo')}</a></p>
        ) : null}
        {status === 'CONFIRMED' || status === 'AWAITING_HOST' ? (
          <AddToCalendar event={{
            id: booking.id, title: booking.offering?.name ?? t('booking'), start: booking.start, end: booking.end,
            location: booking.video?.joinUrl ?? booking.offering?.locationDetail ?? null, url: `${window.location.origin}/t/${slug}/bookings`,
          }} />
        ) : null}
        <p className="muted">{t('emailSent')}</p>
      </Card>
      <p>
        {user ? <Link to={`/t/${slug}/bookings`}>{t('seeMyBookings')}</Link> : null}{user ? ' · ' : ''}
        <Link to={`/t/${slug}`}>{t('bookAnother')}</Link>
      </p>
    </div>
  );
}
