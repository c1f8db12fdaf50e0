import { lazy, Suspense, useState } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { CheckoutSessionDocument } from '../purchaseOperations';
import { Button } from '../../../ui/Button';
import { Notice, Spinner } from '../../../ui/Feedback';
import { describeError, describeFailure } from '../../../lib/errors';

// Stripe's React components load only when the visitor chooses to pay by card on this page.
const CardPayment = lazy(() => import('./CardPayment'));

export interface PaymentTarget {
  bookingId?: string;
  cartId?: string;
  guestEmail?: string | null;
}

interface PaymentChoiceProps {
  target: PaymentTarget;
  /** Where Stripe Checkout returns after paying (the confirmation page). */
  successPath: string;
  onAuthorized: () => void;
}

/** Two ways to pay: the Payment Element on this page, or Stripe's hosted Checkout page. */
export function PaymentChoice({ target, successPath, onAuthorized }: PaymentChoiceProps) {
  const { t } = useTranslation('booking');
  const [mode, setMode] = useState<'choose' | 'card'>('choose');
  const [checkout, createCheckout] = useMutation(CheckoutSessionDocument);
  const [error, setError] = useState<string | null>(null);

  async function goToCheckout() {
    setError(null);
    const origin = window.location.origin;
    const result = await createCheckout({
      input: {
        bookingId: target.bookingId ?? null,
        cartId: target.cartId ?? null,
        guestEmail: target.guestEmail ?? null,
        successUrl: `${origin}${successPath}${successPath.includes('?') ? '&' : '?'}paid=checkout`,
        cancelUrl: window.location.href,
      },
    });
    const payload = result.data?.createCheckoutSession;
    if (result.error) setError(describeFailure(t, result.error));
    else if (payload?.userErrors[0]) setError(describeError(t, payload.userErrors[0]));
    else if (payload?.url) window.location.assign(payload.url);
  }

  return (
    <div className="payment stack stack-m">
      {error ? <Notice tone="error">{error}</Notice> : null}
      {mode === 'card' ? (
        <Suspense fallback={<Spinner label={t('loadingPayment')} />}>
          <CardPayment target={target} returnPath={successPath} onAuthorized={onAuthorized} />
        </Suspense>
      ) : (
        <div className="stack stack-s">
          <Button onClick={() => setMode('card')} className="btn-block">{t('payByCard')}</Button>
          <Button variant="secondary" className="btn-block" busy={checkout.fetching} onClick={() => void goToCheckout()}>
            {t('payOnCheckout')}
          </Button>
        </div>
      )}
    </div>
  );
}
