import type { Client } from 'urql';
import { AvailableSlotsDocument, BookingOfferingsDocument } from './operations';
import { browserTimeZone, localDate } from '../../lib/format';
import { firstDay, lastDay } from './slots/dates';

/**
 * Starts the booking page's reads as soon as the organization's client exists, beside the organization's own
 * query instead of after it: the offerings, then this month's times of the offering the page will open with, with
 * exactly the variables the page asks (so urql answers the page from these). On a phone's connection that takes two
 * round trips and two renders off the wait for the first free times.
 */
export function prefetchBookingPage(client: Client) {
  void client.query(BookingOfferingsDocument, {}).toPromise().then((result) => {
    const offerings = result.data?.offerings ?? [];
    const wanted = new URLSearchParams(window.location.search).get('offering');
    const offering = offerings.find((candidate) => candidate.id === wanted) ?? offerings[0];
    if (!offering) return;
    const timeZone = browserTimeZone();
    const month = localDate(new Date(), timeZone).slice(0, 7);
    void client.query(AvailableSlotsDocument, {
      offeringId: offering.id, from: firstDay(month), to: lastDay(month), timeZone,
      providerId: null, durationMinutes: null, seats: 1, includeFull: offering.format === 'GROUP',
    }).toPromise();
  });
}
