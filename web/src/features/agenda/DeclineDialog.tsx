import { useState } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { describeError, describeFailure } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextAreaField } from '../../ui/Field';
import { Notice } from '../../ui/Feedback';
import { DeclineBookingDocument } from './operations';

/** Turning a booking down refunds everything paid; the reason (optional) reaches the customer. */
export function DeclineDialog({ bookingId, open, onClose }: { bookingId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('agenda');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, decline] = useMutation(DeclineBookingDocument);

  async function submit() {
    setProblem(null);
    const result = await decline({ id: bookingId, reason: reason.trim() || null });
    if (result.error) return setProblem(describeFailure(t, result.error));
    const userError = result.data?.declineBooking.userErrors[0];
    if (userError) return setProblem(describeError(t, userError));
    onClose();
  }

  return (
    <Dialog open={open} title={t('declineTitle')} onClose={onClose}>
      <div className="stack stack-m">
        <p>{t('declineLead')}</p>
        <TextAreaField label={t('reasonOptional')} value={reason} onChange={(event) => setReason(event.target.value)} rows={3} />
        {problem ? <Notice tone="error">{problem}</Notice> : null}
        <div className="card-actions">
          <Button variant="danger" busy={fetching} onClick={() => void submit()}>{t('decline')}</Button>
          <Button variant="secondary" onClick={onClose}>{t('common:cancel')}</Button>
        </div>
      </div>
    </Dialog>
  );
}
