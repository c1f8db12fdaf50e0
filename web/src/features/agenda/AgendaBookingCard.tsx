import { useState } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import type { AgendaBookingFieldsFragment } from '../../gql/graphql';
import { describeError, describeFailure, type UserErrorLike } from '../../lib/errors';
import { formatDateTime, formatMoney, formatTime } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Feedback';
import { StatusBadge } from '../bookings/StatusBadge';
import { ConfirmBookingDocument, MarkCompletedDocument, MarkNoShowDocument } from './operations';
import { DeclineDialog } from './DeclineDialog';

interface Outcome { error?: { networkError?: Error; graphQLErrors?: { message: string }[] }; userErrors?: readonly UserErrorLike[] }

/** One booking on the agenda with what its host may do now: confirm or decline, then mark how it went. */
export function AgendaBookingCard({ booking, zone }: { booking: AgendaBookingFieldsFragment; zone: string }) {
  const { t, i18n } = useTranslation('agenda');
  const locale = i18n.language;
  const [problem, setProblem] = useState<string | null>(null);
  const [declining, setDeclining] = useState(false);
  const [{ fetching: confirming }, confirm] = useMutation(ConfirmBookingDocument);
  const [{ fetching: completing }, complete] = useMutation(MarkCompletedDocument);
  const [{ fetching: marking }, noShow] = useMutation(MarkNoShowDocument);
  const started = new Date(booking.start).getTime() <= Date.now();
  const awaiting = booking.status === 'AWAITING_HOST';
  const who = booking.customer.displayName ?? booking.customer.email ?? t('guest');
  const title = booking.offering?.name ?? t('booking');

  function report(outcome: Outcome) {
    if (outcome.error) setProblem(describeFailure(t, outcome.error));
    else if (outcome.userErrors?.[0]) setProblem(describeError(t, outcome.userErrors[0]));
    else setProblem(null);
  }

  return (
    <article className={`card agenda-booking${awaiting ? ' awaiting' : ''}`} aria-labelledby={`agenda-${booking.id}`}>
      <header className="card-header">
        <h3 className="card-title" id={`agenda-${booking.id}`}>
          <span className="agenda-time">{formatTime(booking.start, zone, locale)}–{formatTime(booking.end, zone, locale)}</span> {title}
        </h3>
        <StatusBadge status={booking.status} />
      </header>
      <p>
        {who}
        {booking.customer.isGuest ? ` (${t('guest')})` : ''}
        {booking.seats > 1 ? ` · ${t('seats', { count: booking.seats })}` : ''}
        {booking.price.amount > 0 ? ` · ${formatMoney(booking.price.amount, booking.price.currency, locale)}` : ''}
      </p>
      {booking.participants.length > 0 ? (
        <p className="muted">{t('participants')}: {booking.participants.map((participant) => participant.name).join(', ')}</p>
      ) : null}
      {awaiting && booking.confirmationDeadline ? (
        <p className="agenda-deadline">{t('confirmBy', { time: formatDateTime(booking.confirmationDeadline, zone, locale) })}</p>
      ) : null}
      {booking.status === 'CONFIRMED' && booking.video ? (
        <p><a href={booking.video.hostUrl ?? booking.video.joinUrl} target="_blank" rel="noreferrer">{t('startVideo')}</a></p>
      ) : null}
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <div className="card-actions">
        {awaiting ? (
          <>
            <Button busy={confirming} onClick={() => void confirm({ id: booking.id }).then((r) => report({ error: r.error, userErrors: r.data?.confirmBooking.userErrors }))}>
              {t('confirm')}<span className="visually-hidden">: {who}, {title}</span>
            </Button>
            <Button variant="danger" onClick={() => setDeclining(true)}>
              {t('decline')}<span className="visually-hidden">: {who}, {title}</span>
            </Button>
          </>
        ) : null}
        {booking.status === 'CONFIRMED' && started ? (
          <>
            <Button variant="secondary" busy={completing} onClick={() => void complete({ id: booking.id }).then((r) => report({ error: r.error, userErrors: r.data?.markCompleted.userErrors }))}>
              {t('markCompleted')}
            </Button>
            <Button variant="secondary" busy={marking} onClick={() => void noShow({ id: booking.id }).then((r) => report({ error: r.error, userErrors: r.data?.markNoShow.userErrors }))}>
              {t('markNoShow')}
            </Button>
          </>
        ) : null}
      </div>
      <DeclineDialog bookingId={booking.id} open={declining} onClose={() => setDeclining(false)} />
    </article>
  );
}
