import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { loadStripe } from '@stripe/stripe-js';
import { Elements, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import { StartPaymentDocument } from '../purchaseOperations';
import type { PaymentTarget } from './PaymentChoice';
import { Button } from '../../../ui/Button';
import { Notice, Spinner } from '../../../ui/Feedback';
import { describeError, describeFailure } from '../../../lib/errors';

interface CardPaymentProps {
  target: PaymentTarget;
  returnPath: string;
  onAuthorized: () => void;
}

/**
 * Stripe's Payment Element for a hold or a cart. `startPayment` returns the same open attempt when called
 * again, so a reload or a second click never creates a second charge.
 */
export default function CardPayment({ target, returnPath, onAuthorized }: CardPaymentProps) {
  const { t, i18n } = useTranslation('booking');
  const [started, startPayment] = useMutation(StartPaymentDocument);
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    void startPayment({ input: { bookingId: target.bookingId ?? null, cartId: target.cartId ?? null, guestEmail: target.guestEmail ?? null } });
  }, [startPayment, target]);
  const payload = started.data?.startPayment;
  const stripe = useMemo(() => (payload?.publishableKey ? loadStripe(payload.publishableKey) : null), [payload?.publishableKey]);

  if (started.error) return <Notice tone="error">{describeFailure(t, started.error)}</Notice>;
  if (payload?.userErrors[0]) return <Notice tone="error">{describeError(t, payload.userErrors[0])}</Notice>;
  if (!payload?.clientSecret || !stripe) return <Spinner label={t('loadingPayment')} />;
  const locale = i18n.resolvedLanguage === 'de' ? 'de' : 'en';
  return (
    <Elements stripe={stripe} options={{ clientSecret: payload.clientSecret, locale, appearance: { theme: 'stripe' } }}>
      <CardForm returnPath={returnPath} onAuthorized={onAuthorized} />
    </Elements>
  );
}

function CardForm({ returnPath, onAuthorized }: { returnPath: string; onAuthorized: () => void }) {
  const { t } = useTranslation('booking');
  const stripe = useStripe();
  const elements = useElements();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!stripe || !elements) return;
    setBusy(true);
    setError(null);
    // Cards that need no redirect finish here; 3-D Secure and wallets come back to the confirmation page.
    const result = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: `${window.location.origin}${returnPath}` },
      redirect: 'if_required',
    });
    setBusy(false);
    if (result.error) setError(result.error.message ?? t('paymentFailed'));
    else onAuthorized();
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="stack stack-m" aria-label={t('cardPayment')}>
      <PaymentElement />
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Button type="submit" busy={busy} disabled={!stripe || !elements} className="btn-block">{t('payNow')}</Button>
    </form>
  );
}
