import { useCallback } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { AbandonCartDocument, CancelHoldDocument } from '../purchaseOperations';
import type { StoredPurchase } from '../holdStore';
import { Countdown } from './Countdown';
import { PaymentChoice } from './PaymentChoice';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Layout';
import { formatDateTime, formatMoney } from '../../../lib/format';

interface HoldPanelProps {
  slug: string;
  purchase: StoredPurchase;
  timeZone: string;
  onAuthorized: () => void;
  onReleased: () => void;
  onExpired: () => void;
}

/** A held slot (or a cart of them) waiting for payment: what it is, how long it is kept, and how to pay. */
export function HoldPanel({ slug, purchase, timeZone, onAuthorized, onReleased, onExpired }: HoldPanelProps) {
  const { t, i18n } = useTranslation('booking');
  const locale = i18n.resolvedLanguage ?? 'en';
  const [release, cancelHold] = useMutation(CancelHoldDocument);
  const [abandon, abandonCart] = useMutation(AbandonCartDocument);
  const expired = useCallback(onExpired, [onExpired]);
  const { booking, cart } = purchase;
  const items = cart ? cart.items.filter((item) => item.status === 'HELD') : booking ? [booking] : [];
  const expiresAt = cart?.expiresAt ?? booking?.holdExpiresAt;
  const total = cart?.total ?? (booking ? { amount: booking.price.amount, currency: booking.price.currency } : null);
  const confirmationId = booking?.id ?? items[0]?.id ?? '';

  async function giveUp() {
    if (cart) await abandonCart({ id: cart.id });
    else if (booking) await cancelHold({ id: booking.id });
    onReleased();
  }

  return (
    <Card title={cart ? t('cartTitle', { count: items.length }) : t('holdTitle')} className="hold">
      {expiresAt ? <Countdown until={expiresAt} onExpired={expired} /> : null}
      <ul className="hold-items">
        {items.map((item) => (
          <li key={item.id}>
            <strong>{item.offering?.name}</strong> · {formatDateTime(item.start, timeZone, locale)}
            {item.provider ? ` · ${item.provider.displayName}` : ''} · {formatMoney(item.price.amount, item.price.currency, locale)}
          </li>
        ))}
      </ul>
      {total ? <p className="quote-total"><span>{t('total')}</span><strong>{formatMoney(total.amount, total.currency, locale)}</strong></p> : null}
      <PaymentChoice
        target={{ bookingId: cart ? undefined : booking?.id, cartId: cart?.id, guestEmail: purchase.guestEmail }}
        successPath={`/t/${slug}/booking/${confirmationId}`}
        onAuthorized={onAuthorized}
      />
      <Button variant="ghost" busy={release.fetching || abandon.fetching} onClick={() => void giveUp()}>{t('releaseHold')}</Button>
    </Card>
  );
}
