import { useState } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import type { CalendarConnectionFieldsFragment } from '../../gql/graphql';
import { describeError, describeFailure, type UserErrorLike } from '../../lib/errors';
import { browserTimeZone, formatDateTime } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Badge, Notice } from '../../ui/Feedback';
import { DisconnectCalendarDocument, SetCalendarSelectionDocument, SyncCalendarDocument } from './settingsOperations';

const statusTone = { ACTIVE: 'good', PENDING: 'info', BROKEN: 'bad' } as const;

/** One connected calendar: its state, which of its calendars block time and which one receives bookings. */
export function CalendarConnectionCard({ connection, onGone }: { connection: CalendarConnectionFieldsFragment; onGone: () => void }) {
  const { t, i18n } = useTranslation('agenda');
  const zone = browserTimeZone();
  const [busyIds, setBusyIds] = useState(() => connection.calendars.filter((calendar) => calendar.blocksTime).map((calendar) => calendar.id));
  const [bookingId, setBookingId] = useState('');
  const [confirmDisconnect, setConfirmDisconnect] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [{ fetching: saving }, setSelection] = useMutation(SetCalendarSelectionDocument);
  const [{ fetching: syncing }, sync] = useMutation(SyncCalendarDocument);
  const [{ fetching: disconnecting }, disconnect] = useMutation(DisconnectCalendarDocument);
  const writable = connection.calendars.filter((calendar) => calendar.canWrite);
  const name = connection.accountEmail ?? t(`kind.${connection.kind}`);

  function report(error: Parameters<typeof describeFailure>[1] | undefined, userErrors: readonly UserErrorLike[] | undefined, success: string) {
    if (error) return setMessage({ tone: 'error', text: describeFailure(t, error) });
    if (userErrors?.[0]) return setMessage({ tone: 'error', text: describeError(t, userErrors[0]) });
    setMessage({ tone: 'success', text: success });
  }

  return (
    <article className="card" aria-labelledby={`connection-${connection.id}`}>
      <header className="card-header">
        <h3 className="card-title" id={`connection-${connection.id}`}>{t(`kind.${connection.kind}`)}: {name}</h3>
        <Badge tone={statusTone[connection.status]}>{t(`connectionStatus.${connection.status}`)}</Badge>
      </header>
      {connection.status === 'BROKEN' ? <Notice tone="error">{t('brokenNote', { time: connection.brokenAt ? formatDateTime(connection.brokenAt, zone, i18n.language) : '—' })}</Notice> : null}
      {connection.stale && connection.status !== 'BROKEN' ? <Notice tone="warning">{t('staleNote')}</Notice> : null}
      <p className="muted">
        {connection.lastSyncedAt ? t('lastSynced', { time: formatDateTime(connection.lastSyncedAt, zone, i18n.language) }) : t('neverSynced')}
        {connection.lastError ? ` · ${t('lastError', { error: connection.lastError })}` : ''}
      </p>
      {connection.kind !== 'ICS' && connection.calendars.length > 0 ? (
        <form className="stack stack-s" onSubmit={(event) => {
          event.preventDefault();
          void setSelection({ input: { connectionId: connection.id, busyCalendarIds: busyIds, bookingCalendarId: bookingId || null } })
            .then((r) => report(r.error, r.data?.setCalendarSelection.userErrors, t('selectionSaved')));
        }}>
          <fieldset className="day-hours">
            <legend>{t('blocksTime')}</legend>
            {connection.calendars.map((calendar) => (
              <div className="checkbox" key={calendar.id}>
                <input type="checkbox" id={`busy-${connection.id}-${calendar.id}`} checked={busyIds.includes(calendar.id)}
                  onChange={(event) => setBusyIds((ids) => (event.target.checked ? [...ids, calendar.id] : ids.filter((id) => id !== calendar.id)))} />
                <label htmlFor={`busy-${connection.id}-${calendar.id}`}>{calendar.id}</label>
              </div>
            ))}
          </fieldset>
          {writable.length > 0 ? (
            <fieldset className="day-hours">
              <legend>{t('receivesBookings')}</legend>
              {[{ id: '' }, ...writable].map((calendar) => (
                <div className="checkbox" key={calendar.id || 'none'}>
                  <input type="radio" name={`booking-${connection.id}`} id={`write-${connection.id}-${calendar.id || 'none'}`} checked={bookingId === calendar.id} onChange={() => setBookingId(calendar.id)} />
                  <label htmlFor={`write-${connection.id}-${calendar.id || 'none'}`}>{calendar.id || t('noBookingCalendar')}</label>
                </div>
              ))}
            </fieldset>
          ) : null}
          <div><Button type="submit" variant="secondary" busy={saving}>{t('saveSelection')}</Button></div>
        </form>
      ) : null}
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <div className="card-actions">
        {connection.status !== 'PENDING' ? (
          <Button variant="secondary" busy={syncing} onClick={() => void sync({ connectionId: connection.id }).then((r) => report(r.error, r.data?.syncCalendar.userErrors, t('synced')))}>
            {t('syncNow')}
          </Button>
        ) : null}
        {confirmDisconnect ? (
          <>
            <Button variant="danger" busy={disconnecting} onClick={() => void disconnect({ connectionId: connection.id }).then((r) => {
              report(r.error, r.data?.disconnectCalendar.userErrors, '');
              if (!r.error && !r.data?.disconnectCalendar.userErrors.length) onGone();
            })}>{t('reallyDisconnect')}</Button>
            <Button variant="ghost" onClick={() => setConfirmDisconnect(false)}>{t('common:cancel')}</Button>
          </>
        ) : (
          <Button variant="ghost" onClick={() => setConfirmDisconnect(true)}>{t('disconnect')}</Button>
        )}
      </div>
    </article>
  );
}
