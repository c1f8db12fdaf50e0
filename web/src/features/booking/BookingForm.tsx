import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { HoldBookingDocument } from './operations';
import { BookSeriesDocument, CreateCartDocument, JoinWaitlistDocument } from './purchaseOperations';
import type { BookableOffering } from './prices';
import type { Slot } from './slots/useOfferingSlots';
import type { StoredPurchase } from './holdStore';
import { QuoteSummary } from './QuoteSummary';
import { GuestDetails, type Guest } from './GuestDetails';
import { SeriesOptions, type Repeat } from './series/SeriesOptions';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Feedback';
import { describeError, describeFailure, type UserErrorLike } from '../../lib/errors';
import { formatDate, formatTime } from '../../lib/format';
import type { SeriesOccurrencesProps } from './series/SeriesResult';

interface BookingFormProps {
  offering: BookableOffering;
  slot: Slot;
  durationMinutes: number | null;
  timeZone: string;
  signedIn: boolean;
  purchase: StoredPurchase | null;
  onHeld: (purchase: StoredPurchase) => void;
  onSeries: (result: SeriesOccurrencesProps) => void;
  onSignIn: () => void;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The chosen start: price and terms, seats, who books, and the ways to take it (book, cart, series, waitlist). */
export function BookingForm(props: BookingFormProps) {
  const { offering, slot, durationMinutes, timeZone, signedIn, purchase, onHeld, onSeries, onSignIn } = props;
  const { t, i18n } = useTranslation('booking');
  const locale = i18n.resolvedLanguage ?? 'en';
  const [seats, setSeats] = useState(1);
  const [guest, setGuest] = useState<Guest>({ name: '', email: purchase?.guestEmail ?? '' });
  const [repeat, setRepeat] = useState<Repeat>({ frequency: null, occurrences: 4 });
  const [error, setError] = useState<string | null>(null);
  const [emailError, setEmailError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // One key per attempt at this start: a retry after a lost answer gets the same booking back, not a second one.
  const [attemptKey] = useState(() => crypto.randomUUID());
  const [hold, holdBooking] = useMutation(HoldBookingDocument);
  const [, createCart] = useMutation(CreateCartDocument);
  const [series, bookSeries] = useMutation(BookSeriesDocument);
  const [waitlist, joinWaitlist] = useMutation(JoinWaitlistDocument);
  const full = slot.remainingSeats < seats;
  const group = offering.format === 'GROUP';
  const guestEmail = signedIn ? null : guest.email.trim();

  function fail(problem: UserErrorLike | undefined, failure?: Parameters<typeof describeFailure>[1]) {
    if (problem) setError(describeError(t, problem));
    else if (failure) setError(describeFailure(t, failure));
  }

  function guestReady(): boolean {
    if (signedIn) return true;
    if (!guest.email || !emailPattern.test(guest.email.trim())) {
      setEmailError(t('emailInvalid'));
      return false;
    }
    setEmailError(null);
    return true;
  }

  async function take(toCart: boolean) {
    setError(null);
    if (!guestReady()) return;
    let cart = purchase?.cart ?? null;
    if (toCart && !cart) {
      const created = await createCart({ guestEmail });
      if (created.error || created.data?.createCart.userErrors[0]) return fail(created.data?.createCart.userErrors[0], created.error);
      cart = created.data?.createCart.cart ?? null;
    }
    const result = await holdBooking({
      input: {
        offeringId: offering.id, providerId: slot.provider.id, start: slot.start, durationMinutes, seats,
        idempotencyKey: toCart ? `${attemptKey}-cart` : attemptKey,
        guestEmail, guestName: signedIn ? null : guest.name.trim() || null, cartId: toCart ? cart?.id ?? null : null,
      },
    });
    const payload = result.data?.holdBooking;
    if (result.error || payload?.userErrors[0] || !payload?.booking) return fail(payload?.userErrors[0], result.error);
    onHeld({ booking: toCart ? null : payload.booking, cart: toCart ? payload.booking.cart ?? cart : null, guestEmail });
  }

  async function takeSeries() {
    setError(null);
    if (!repeat.frequency) return;
    const result = await bookSeries({
      input: {
        offeringId: offering.id, providerId: slot.provider.id, start: slot.start, durationMinutes, seats,
        frequency: repeat.frequency, occurrences: repeat.occurrences, mode: 'BOOK_WHAT_FITS', timeZone,
        idempotencyKey: `${attemptKey}-series-${repeat.frequency}-${repeat.occurrences}`, cartId: purchase?.cart?.id ?? null,
      },
    });
    const payload = result.data?.bookSeries;
    if (result.error || payload?.userErrors[0]) return fail(payload?.userErrors[0], result.error);
    if (payload) onSeries({ occurrences: payload.occurrences, cart: payload.cart ?? null });
  }

  async function wait() {
    setError(null);
    const result = await joinWaitlist({ input: { offeringId: offering.id, providerId: slot.provider.id, start: slot.start, durationMinutes, seats } });
    const payload = result.data?.joinWaitlist;
    if (result.error || payload?.userErrors[0]) return fail(payload?.userErrors[0], result.error);
    setNotice(t('waitlistJoined', { position: payload?.entry?.position ?? 1 }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (repeat.frequency) void takeSeries();
    else void take(false);
  }

  const paid = offering.priceRules.some((rule) => rule.unitAmount > 0);
  return (
    <form className="card stack stack-m booking-form" onSubmit={submit} aria-labelledby="booking-form-title">
      <h2 id="booking-form-title">
        {formatDate(slot.start, timeZone, locale)}, {formatTime(slot.start, timeZone, locale)}
      </h2>
      <p className="muted">{offering.name} · {slot.provider.displayName}</p>
      {group ? (
        <TextField label={t('seats')} type="number" min={1} max={Math.max(1, slot.remainingSeats)} value={seats}
          onChange={(event) => setSeats(Math.max(1, Number(event.target.value) || 1))} />
      ) : null}
      {!full ? <QuoteSummary offeringId={offering.id} start={slot.start} seats={seats} timeZone={timeZone} /> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      {full ? (
        <div className="stack stack-s">
          <Notice tone="warning">{t('fullNotice')}</Notice>
          {signedIn ? <Button busy={waitlist.fetching} onClick={() => void wait()}>{t('joinWaitlist')}</Button>
            : <Button variant="secondary" onClick={onSignIn}>{t('signInForWaitlist')}</Button>}
        </div>
      ) : (
        <>
          {signedIn ? <SeriesOptions repeat={repeat} onChange={setRepeat} /> : (
            <GuestDetails guest={guest} onChange={setGuest} onSignIn={onSignIn} allowsGuests={offering.allowsGuests} emailError={emailError} />
          )}
          {signedIn || offering.allowsGuests ? (
            <div className="stack stack-s">
              <Button type="submit" busy={hold.fetching || series.fetching} className="btn-block">
                {repeat.frequency ? t('bookSeries', { count: repeat.occurrences }) : paid ? t('holdAndPay') : t('bookNow')}
              </Button>
              {paid && !repeat.frequency ? (
                <Button variant="secondary" className="btn-block" busy={hold.fetching} onClick={() => void take(true)}>{t('addToCart')}</Button>
              ) : null}
            </div>
          ) : null}
        </>
      )}
    </form>
  );
}
