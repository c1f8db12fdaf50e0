import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { MyBookingFieldsFragment } from '../../gql/graphql';
import { describeError, describeFailure } from '../../lib/errors';
import { formatMoney } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextAreaField } from '../../ui/Field';
import { Notice, Spinner } from '../../ui/Feedback';
import { CancelMyBookingDocument, RefundQuoteDocument } from './operations';

/** Says what cancelling now gives back before the customer commits to it. */
export function CancelDialog({ booking, open, onClose }: { booking: MyBookingFieldsFragment; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('bookings');
  return (
    <Dialog open={open} title={t('cancelTitle', { name: booking.offering?.name ?? '' })} onClose={onClose}>
      {open ? <CancelForm booking={booking} onClose={onClose} /> : null}
    </Dialog>
  );
}

function CancelForm({ booking, onClose }: { booking: MyBookingFieldsFragment; onClose: () => void }) {
  const { t, i18n } = useTranslation('bookings');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // The refund depends on the moment: always ask the server afresh.
  const [{ data, fetching, error }] = useQuery({ query: RefundQuoteDocument, variables: { id: booking.id }, requestPolicy: 'network-only' });
  const [{ fetching: cancelling }, cancel] = useMutation(CancelMyBookingDocument);
  const quote = data?.node && 'refundIfCustomerCancelsNow' in data.node ? data.node.refundIfCustomerCancelsNow : null;

  async function submit() {
    setProblem(null);
    const result = await cancel({ id: booking.id, reason: reason.trim() || null });
    if (result.error) return setProblem(describeFailure(t, result.error));
    const userError = result.data?.cancelBooking.userErrors[0];
    if (userError) return setProblem(describeError(t, userError));
    onClose();
  }

  return (
    <div className="stack stack-m">
      {fetching && !quote ? <Spinner /> : null}
      {error && !quote ? <Notice tone="error">{describeFailure(t, error)}</Notice> : null}
      {quote ? (
        <p className="refund-quote" data-testid="refund-quote">
          {quote.refundAmount > 0
            ? t('refundIfCancelled', { amount: formatMoney(quote.refundAmount, quote.currency, i18n.language), percent: quote.refundPercent })
            : booking.paymentStatus === 'NONE' ? t('nothingPaid') : t('noRefund')}
        </p>
      ) : null}
      <TextAreaField label={t('reasonOptional')} value={reason} onChange={(event) => setReason(event.target.value)} rows={2} />
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <div className="card-actions">
        <Button variant="danger" busy={cancelling} disabled={!quote} onClick={() => void submit()}>{t('confirmCancel')}</Button>
        <Button variant="secondary" onClick={onClose}>{t('keepBooking')}</Button>
      </div>
    </div>
  );
}
