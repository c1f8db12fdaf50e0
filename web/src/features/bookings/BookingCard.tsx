import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MyBookingFieldsFragment } from '../../gql/graphql';
import { useOrganization } from '../../app/OrganizationContext';
import { browserTimeZone, formatDateTime, formatMoney, formatTime } from '../../lib/format';
import { Button } from '../../ui/Button';
import { StatusBadge } from './StatusBadge';
import { CancelDialog } from './CancelDialog';
import { RescheduleDialog } from './RescheduleDialog';
import { ReceiptDialog, hasReceipt } from './ReceiptDialog';

type Open = 'cancel' | 'reschedule' | 'receipt' | null;

/** One booking of the customer's, in their own browser zone, with what they may do with it now. */
export function BookingCard({ booking }: { booking: MyBookingFieldsFragment }) {
  const { t, i18n } = useTranslation('bookings');
  const { slug } = useOrganization();
  const [open, setOpen] = useState<Open>(null);
  const zone = browserTimeZone();
  const locale = i18n.language;
  const now = Date.now();
  const active = booking.status === 'CONFIRMED' || booking.status === 'AWAITING_HOST' || booking.status === 'HELD';
  const canReschedule = (booking.status === 'CONFIRMED' || booking.status === 'AWAITING_HOST') && new Date(booking.rescheduleUntil).getTime() > now;
  const canCancel = active && new Date(booking.start).getTime() > now;
  const title = booking.offering?.name ?? t('unknownOffering');
  const refund = booking.cancellation && booking.cancellation.refundAmount > 0 ? booking.cancellation : null;
  return (
    <article className="card booking-card" aria-labelledby={`booking-${booking.id}`}>
      <header className="card-header">
        <h3 className="card-title" id={`booking-${booking.id}`}>{title}</h3>
        <StatusBadge status={booking.status} />
      </header>
      <dl className="booking-meta">
        <dt>{t('when')}</dt>
        <dd>{formatDateTime(booking.start, zone, locale)} – {formatTime(booking.end, zone, locale)}</dd>
        {booking.provider ? (<><dt>{t('provider')}</dt><dd>{booking.provider.displayName}</dd></>) : null}
        {booking.seats > 1 ? (<><dt>{t('seats')}</dt><dd>{booking.seats}</dd></>) : null}
        <dt>{t('price')}</dt>
        <dd>{booking.price.amount > 0 ? formatMoney(booking.price.amount, booking.price.currency, locale) : t('free')}</dd>
        {booking.paymentStatus !== 'NONE' ? (<><dt>{t('payment')}</dt><dd>{t(`paymentStatus.${booking.paymentStatus}`)}</dd></>) : null}
        {booking.seriesIndex !== null && booking.seriesIndex !== undefined ? (
          <>
            <dt>{t('series')}</dt>
            <dd>{t('seriesPosition', { index: booking.seriesIndex + 1, count: booking.series?.occurrencesRequested ?? 0 })}</dd>
          </>
        ) : null}
        {booking.status === 'AWAITING_HOST' && booking.confirmationDeadline ? (
          <><dt>{t('awaitingUntil')}</dt><dd>{formatDateTime(booking.confirmationDeadline, zone, locale)}</dd></>
        ) : null}
        {booking.status === 'HELD' && booking.holdExpiresAt ? (
          <><dt>{t('heldUntil')}</dt><dd>{formatDateTime(booking.holdExpiresAt, zone, locale)}</dd></>
        ) : null}
        {booking.cancellation && booking.paymentStatus !== 'NONE' ? (
          <>
            <dt>{t('refund')}</dt>
            <dd>
              {refund
                ? t('refundGiven', { amount: formatMoney(refund.refundAmount, refund.currency, locale), percent: refund.refundPercent })
                : t('noRefundGiven')}
            </dd>
          </>
        ) : null}
      </dl>
      {booking.status === 'CONFIRMED' && booking.video ? (
        <p><a href={booking.video.joinUrl} target="_blank" rel="noreferrer">{t('joinVideo')}</a></p>
      ) : null}
      <div className="card-actions">
        {canReschedule ? <Button variant="secondary" onClick={() => setOpen('reschedule')}>{t('reschedule')}</Button> : null}
        {canCancel ? <Button variant="danger" onClick={() => setOpen('cancel')}>{t('cancelBooking')}</Button> : null}
        {hasReceipt(booking) ? <Button variant="ghost" onClick={() => setOpen('receipt')}>{t('receipt')}</Button> : null}
        {booking.offering ? (
          <Link className="btn btn-ghost" to={`/t/${slug}?offering=${encodeURIComponent(booking.offering.id)}`}>
            {t('bookAgain')}<span className="visually-hidden">: {title}</span>
          </Link>
        ) : null}
      </div>
      <CancelDialog booking={booking} open={open === 'cancel'} onClose={() => setOpen(null)} />
      <RescheduleDialog booking={booking} open={open === 'reschedule'} onClose={() => setOpen(null)} />
      <ReceiptDialog booking={booking} open={open === 'receipt'} onClose={() => setOpen(null)} />
    </article>
  );
}
