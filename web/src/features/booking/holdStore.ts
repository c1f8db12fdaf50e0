import type { BookingDetailsFragment, CartDetailsFragment } from '../../gql/graphql';

// The visitor's open hold or cart survives a reload or a dropped connection: it is kept for the tab
// (sessionStorage) until it is paid, released or expired.

export interface StoredPurchase {
  booking: BookingDetailsFragment | null;
  cart: CartDetailsFragment | null;
  guestEmail: string | null;
}

const key = (slug: string) => `platform.purchase.${slug}`;

export function loadPurchase(slug: string): StoredPurchase | null {
  try {
    const text = window.sessionStorage.getItem(key(slug));
    if (!text) return null;
    const stored = JSON.parse(text) as StoredPurchase;
    const expiry = stored.cart?.expiresAt ?? stored.booking?.holdExpiresAt;
    if (!expiry || new Date(expiry).getTime() <= Date.now()) {
      window.sessionStorage.removeItem(key(slug));
      return null;
    }
    return stored;
  } catch {
    return null;
  }
}

export function savePurchase(slug: string, purchase: StoredPurchase | null) {
  if (purchase) window.sessionStorage.setItem(key(slug), JSON.stringify(purchase));
  else window.sessionStorage.removeItem(key(slug));
}

/** What the confirmation page shows a guest, who cannot read the booking back from the API. */
export function rememberConfirmed(booking: BookingDetailsFragment) {
  window.sessionStorage.setItem(`platform.booking.${booking.id}`, JSON.stringify(booking));
}

export function recallConfirmed(id: string): BookingDetailsFragment | null {
  const text = window.sessionStorage.getItem(`platform.booking.${id}`);
  return text ? (JSON.parse(text) as BookingDetailsFragment) : null;
}
