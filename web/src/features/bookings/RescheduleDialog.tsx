import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { MyBookingFieldsFragment } from '../../gql/graphql';
import { describeError, describeFailure } from '../../lib/errors';
import { browserTimeZone, formatDateTime, formatTime, localDate } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { EmptyState, Notice, Spinner } from '../../ui/Feedback';
import { RescheduleMyBookingDocument, RescheduleSlotsDocument } from './operations';

/** Another start with the same provider, from the day's open slots; the old time is kept if the new one is lost. */
export function RescheduleDialog({ booking, open, onClose }: { booking: MyBookingFieldsFragment; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('bookings');
  return (
    <Dialog open={open} title={t('rescheduleTitle', { name: booking.offering?.name ?? '' })} onClose={onClose}>
      {open ? <RescheduleForm booking={booking} onClose={onClose} /> : null}
    </Dialog>
  );
}

function RescheduleForm({ booking, onClose }: { booking: MyBookingFieldsFragment; onClose: () => void }) {
  const { t, i18n } = useTranslation('bookings');
  const zone = browserTimeZone();
  const [date, setDate] = useState(() => localDate(booking.start, zone));
  const [chosen, setChosen] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const offeringId = booking.offering?.id ?? '';
  const [{ data, fetching, error }] = useQuery({
    query: RescheduleSlotsDocument,
    variables: { offeringId, providerId: booking.provider?.id ?? null, date, timeZone: zone, durationMinutes: booking.durationMinutes, seats: booking.seats },
    pause: !offeringId || !date,
    requestPolicy: 'network-only',
  });
  const [{ fetching: moving }, reschedule] = useMutation(RescheduleMyBookingDocument);
  const slots = (data?.availableSlots.slots ?? []).filter((slot) => slot.start !== booking.start);
  const slotError = data?.availableSlots.userErrors[0];

  async function submit() {
    if (!chosen) return;
    setProblem(null);
    const result = await reschedule({ id: booking.id, start: chosen });
    if (result.error) return setProblem(describeFailure(t, result.error));
    const userError = result.data?.rescheduleBooking.userErrors[0];
    if (userError) return setProblem(describeError(t, userError));
    onClose();
  }

  return (
    <div className="stack stack-m">
      <p className="muted">{t('rescheduleUntil', { time: formatDateTime(booking.rescheduleUntil, zone, i18n.language) })}</p>
      <TextField label={t('newDate')} type="date" value={date} onChange={(event) => { setDate(event.target.value); setChosen(null); }} />
      {fetching && !data ? <Spinner /> : null}
      {error ? <Notice tone="error">{describeFailure(t, error)}</Notice> : null}
      {slotError ? <Notice tone="error">{describeError(t, slotError)}</Notice> : null}
      {data && !slotError && slots.length === 0 ? <EmptyState title={t('noSlots')} /> : null}
      {slots.length > 0 ? (
        <fieldset>
          <legend>{t('chooseTime', { zone })}</legend>
          <ul className="slot-list">
            {slots.map((slot) => (
              <li key={slot.start}>
                <Button variant={chosen === slot.start ? 'primary' : 'secondary'} aria-pressed={chosen === slot.start} onClick={() => setChosen(slot.start)}>
                  {formatTime(slot.start, zone, i18n.language)}
                </Button>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <div className="card-actions">
        <Button busy={moving} disabled={!chosen} onClick={() => void submit()}>{t('moveBooking')}</Button>
        <Button variant="secondary" onClick={onClose}>{t('common:cancel')}</Button>
      </div>
    </div>
  );
}
