import { graphql } from '../../gql';

// Parsed in this page's own chunk (urql's gql) rather than imported from the generated module: that module is
// shared with the booking page, and every document imported from it would count against its budget.

// One selection for the list, the live subscription and every mutation's payload, so whichever answer
// arrives last leaves the booking's card complete in the normalized cache.
export const MyBookingFields = graphql(`
  fragment MyBookingFields on Booking {
    id
    status
    start
    end
    durationMinutes
    seats
    seriesIndex
    series { id occurrencesRequested }
    offering { id name }
    provider { id displayName }
    price { amount currency }
    paymentStatus
    video { joinUrl provider }
    rescheduleUntil
    confirmationDeadline
    holdExpiresAt
    cancellation { at currency refundAmount refundPercent }
    refunds { id amount currency status createdAt reason }
    payment { id amount amountReceived currency capturedAt createdAt paymentMethodType status }
  }
`);

export const MyBookingsDocument = graphql(`
  query MyBookings($when: BookingTimeframe!, $first: Int!, $after: String) {
    myBookings(when: $when, first: $first, after: $after) {
      edges { cursor node { ...MyBookingFields } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const MyBookingChangedDocument = graphql(`
  subscription MyBookingChanged {
    bookingChanged { ...MyBookingFields }
  }
`);

export const RefundQuoteDocument = graphql(`
  query MyBookingRefundQuote($id: ID!) {
    node(id: $id) {
      ... on Booking { id refundIfCustomerCancelsNow { currency refundAmount refundPercent } }
    }
  }
`);

export const CancelMyBookingDocument = graphql(`
  mutation CancelMyBooking($id: ID!, $reason: String) {
    cancelBooking(id: $id, reason: $reason) {
      booking { ...MyBookingFields }
      userErrors { code field message }
    }
  }
`);

export const RescheduleSlotsDocument = graphql(`
  query RescheduleSlots($offeringId: ID!, $providerId: ID, $date: DateOnly!, $timeZone: String, $durationMinutes: Int, $seats: Int) {
    availableSlots(offeringId: $offeringId, providerId: $providerId, from: $date, to: $date, timeZone: $timeZone, durationMinutes: $durationMinutes, seats: $seats) {
      slots { start end localStart remainingSeats provider { id displayName } }
      userErrors { code field message }
    }
  }
`);

export const RescheduleMyBookingDocument = graphql(`
  mutation RescheduleMyBooking($id: ID!, $start: DateTimeOffset!) {
    rescheduleBooking(id: $id, start: $start) {
      booking { ...MyBookingFields }
      userErrors { code field message }
    }
  }
`);

export const MyWaitlistDocument = graphql(`
  query MyWaitlist {
    myWaitlistEntries {
      id
      status
      position
      start
      seats
      durationMinutes
      offering { id name }
      provider { id displayName }
      offer { id status holdExpiresAt paymentStatus }
    }
  }
`);

export const AcceptWaitlistOfferDocument = graphql(`
  mutation AcceptWaitlistOffer($id: ID!) {
    acceptWaitlistOffer(id: $id) {
      entry { id status position }
      booking { ...MyBookingFields }
      userErrors { code field message }
    }
  }
`);

export const LeaveWaitlistDocument = graphql(`
  mutation LeaveWaitlist($id: ID!) {
    leaveWaitlist(id: $id) {
      entry { id status position }
      userErrors { code field message }
    }
  }
`);

export const CalendarFeedsDocument = graphql(`
  query MyCalendarFeeds {
    calendarFeeds { id createdAt revokedAt }
  }
`);

export const CreateCalendarFeedDocument = graphql(`
  mutation CreateMyCalendarFeed {
    createCalendarFeed {
      feed { id createdAt revokedAt }
      url
      userErrors { code field message }
    }
  }
`);

export const RevokeCalendarFeedDocument = graphql(`
  mutation RevokeMyCalendarFeed($id: ID!) {
    revokeCalendarFeed(input: { id: $id }) {
      feed { id createdAt revokedAt }
      userErrors { code field message }
    }
  }
`);
