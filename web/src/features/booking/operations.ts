import { graphql } from '../../gql';

// Everything the public booking page asks the API, in one place.

export const BookingOfferingsDocument = graphql(`
  query BookingOfferings {
    offerings {
      id
      name
      description
      kind
      format
      capacity
      durationsMinutes
      allowsGuests
      requiresConfirmation
      locationKind
      locationDetail
      priceRules {
        id
        role
        currency
        unitAmount
        flatAmount
        flatFromSeats
      }
      providers {
        id
        displayName
      }
    }
  }
`);

export const AvailableSlotsDocument = graphql(`
  query AvailableSlots(
    $offeringId: ID!
    $from: DateOnly!
    $to: DateOnly!
    $timeZone: String
    $providerId: ID
    $durationMinutes: Int
    $seats: Int
    $includeFull: Boolean
  ) {
    availableSlots(
      offeringId: $offeringId
      from: $from
      to: $to
      timeZone: $timeZone
      providerId: $providerId
      durationMinutes: $durationMinutes
      seats: $seats
      includeFull: $includeFull
    ) {
      timeZone
      slots {
        start
        end
        localDate
        localStart
        remainingSeats
        provider {
          id
          displayName
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const SlotsChangedDocument = graphql(`
  subscription SlotsChanged($offeringId: ID!, $from: DateTimeOffset!, $to: DateTimeOffset!) {
    slotsChanged(offeringId: $offeringId, from: $from, to: $to) {
      offeringId
      slots {
        start
        remainingSeats
      }
    }
  }
`);

export const QuoteDocument = graphql(`
  query BookingQuote($offeringId: ID!, $start: DateTimeOffset!, $seats: Int!) {
    quote(offeringId: $offeringId, start: $start, seats: $seats) {
      quote {
        amount
        currency
        unitAmount
        percentOff
        role
        seats
        rescheduleUntil
        refundDeadlines {
          until
          refundPercent
          refundAmount
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const BookingDetailsFragment = graphql(`
  fragment BookingDetails on Booking {
    id
    status
    start
    end
    durationMinutes
    seats
    holdExpiresAt
    confirmationDeadline
    rescheduleUntil
    paymentStatus
    offering {
      id
      name
      locationKind
      locationDetail
    }
    provider {
      id
      displayName
    }
    price {
      amount
      currency
    }
    video {
      joinUrl
    }
    refundDeadlines {
      until
      refundPercent
      refundAmount
    }
  }
`);

export const HoldBookingDocument = graphql(`
  mutation HoldBooking($input: HoldBookingInput!) {
    holdBooking(input: $input) {
      booking {
        ...BookingDetails
        cart {
          ...CartDetails
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const BookingStatusDocument = graphql(`
  query BookingStatus($id: ID!) {
    node(id: $id) {
      ... on Booking {
        ...BookingDetails
      }
    }
  }
`);

export const BookingChangedDocument = graphql(`
  subscription BookingLive {
    bookingChanged {
      ...BookingDetails
    }
  }
`);
