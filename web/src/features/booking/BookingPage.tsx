import './booking.css';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { BookingOfferingsDocument } from './operations';
import { OfferingList } from './OfferingList';
import { SlotChooser, type Choice } from './slots/SlotChooser';
import { BookingForm } from './BookingForm';
import { HoldPanel } from './payment/HoldPanel';
import { SeriesResult, type SeriesOccurrencesProps } from './series/SeriesResult';
import { loadPurchase, rememberConfirmed, savePurchase, type StoredPurchase } from './holdStore';
import type { BookableOffering } from './prices';
import { useOrganization } from '../../app/OrganizationContext';
import { useAuth } from '../../lib/auth/useAuth';
import { browserTimeZone, localDate } from '../../lib/format';
import { describeFailure } from '../../lib/errors';
import { EmptyState, Notice, Spinner } from '../../ui/Feedback';
import { EmbedSnippet } from './EmbedSnippet';

const settled = new Set(['CONFIRMED', 'AWAITING_HOST']);

/** The organization's public booking page: choose, see live times, take one, pay, done. */
export function BookingPage({ embedded = false }: { embedded?: boolean }) {
  const { organization, viewer, slug, isAdmin } = useOrganization();
  const { user, signIn } = useAuth();
  const { t } = useTranslation('booking');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [{ data, fetching, error }] = useQuery({ query: BookingOfferingsDocument });
  const offerings = useMemo(() => data?.offerings ?? [], [data]);
  const [timeZone] = useState(browserTimeZone);
  const today = localDate(new Date(), timeZone);
  const selected = offerings.find((offering) => offering.id === params.get('offering')) ?? offerings[0] ?? null;
  const [choice, setChoice] = useState<Choice>({ providerId: null, durationMinutes: null, timeZone, month: today.slice(0, 7), date: null, slot: null });
  const [purchase, setPurchase] = useState<StoredPurchase | null>(() => loadPurchase(slug));
  const [series, setSeries] = useState<SeriesOccurrencesProps | null>(null);
  const [expired, setExpired] = useState(false);

  const keep = useCallback((next: StoredPurchase | null) => {
    savePurchase(slug, next);
    setPurchase(next);
  }, [slug]);

  function choose(offering: BookableOffering) {
    setChoice((current) => ({ ...current, providerId: null, durationMinutes: null, date: null, slot: null }));
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set('offering', offering.id);
      return next;
    }, { replace: true });
  }

  function confirmed(bookingId: string) {
    keep(null);
    void navigate(`/t/${slug}/booking/${bookingId}`);
  }

  function held(next: StoredPurchase) {
    setExpired(false);
    // The time is the visitor's own now: it leaves the free times without "taken by someone else".
    setChoice((current) => ({ ...current, slot: null }));
    if (next.booking && settled.has(next.booking.status)) {
      rememberConfirmed(next.booking);
      confirmed(next.booking.id);
      return;
    }
    keep(next);
  }

  function authorized() {
    const first = purchase?.booking ?? purchase?.cart?.items[0];
    if (first) {
      rememberConfirmed(first);
      confirmed(first.id);
    }
  }

  const onExpired = useCallback(() => {
    keep(null);
    setExpired(true);
  }, [keep]);

  if (fetching && !data) return <Spinner />;
  if (error) return <Notice tone="error">{describeFailure(t, error)}</Notice>;
  const signedIn = Boolean(user);
  const roles = viewer?.membership?.customerRoles ?? [];
  const holding = purchase && (purchase.booking || (purchase.cart && purchase.cart.items.some((item) => item.status === 'HELD')));

  return (
    <div className="booking-page">
      <h1>{embedded ? organization.name : t('title', { organization: organization.name })}</h1>
      {expired ? <Notice tone="warning">{t('holdExpired')}</Notice> : null}
      {holding ? (
        <HoldPanel slug={slug} purchase={purchase} timeZone={timeZone} onAuthorized={authorized}
          onReleased={() => keep(null)} onExpired={onExpired} />
      ) : null}
      {series ? <SeriesResult {...series} timeZone={timeZone} /> : null}
      {offerings.length === 0 ? <EmptyState title={t('nothingForSale')} /> : (
        <div className="booking-layout">
          <section aria-labelledby="offerings-title" className="booking-offerings">
            <h2 id="offerings-title">{t('chooseOffering')}</h2>
            <OfferingList offerings={offerings} roles={roles} signedIn={signedIn} selectedId={selected?.id ?? null} onSelect={choose} />
          </section>
          {selected ? (
            <section aria-labelledby="times-title" className="booking-times">
              <h2 id="times-title">{t('chooseTime')}</h2>
              <SlotChooser key={selected.id} offering={selected} today={today} choice={choice} onChange={setChoice} renderForm={(slot) => (
                <BookingForm key={`${slot.start}-${slot.provider.id}`} offering={selected} slot={slot}
                  durationMinutes={choice.durationMinutes} timeZone={choice.timeZone} signedIn={signedIn} purchase={purchase}
                  onHeld={held} onSeries={(result) => { setSeries(result); if (result.cart) keep({ booking: null, cart: result.cart, guestEmail: null }); }}
                  onSignIn={() => void signIn()} />
              )} />
            </section>
          ) : null}
        </div>
      )}
      {isAdmin && !embedded ? <EmbedSnippet slug={slug} /> : null}
    </div>
  );
}
