import { graphql } from '../../gql';

// Parsed in this page's own chunk (urql's gql) rather than imported from the generated module: that module is
// shared with the booking page, and every document imported from it would count against its budget.

export const AgendaProvidersDocument = graphql(`
  query AgendaProviders {
    providers { id displayName timeZone membership { id } }
  }
`);

export const AgendaBookingFields = graphql(`
  fragment AgendaBookingFields on Booking {
    id
    status
    start
    end
    seats
    durationMinutes
    confirmationDeadline
    paymentStatus
    offering { id name }
    provider { id displayName }
    customer { displayName email isGuest }
    participants { name email }
    price { amount currency }
    video { joinUrl hostUrl }
  }
`);

export const AgendaDocument = graphql(`
  query Agenda($from: DateTimeOffset!, $to: DateTimeOffset!, $providerId: ID, $includeInactive: Boolean) {
    agenda(from: $from, to: $to, providerId: $providerId, includeInactive: $includeInactive) { ...AgendaBookingFields }
  }
`);

export const AgendaBookingChangedDocument = graphql(`
  subscription AgendaBookingChanged($providerId: ID) {
    bookingChanged(providerId: $providerId) { ...AgendaBookingFields }
  }
`);

export const ConfirmBookingDocument = graphql(`
  mutation ConfirmBooking($id: ID!) {
    confirmBooking(id: $id) { booking { ...AgendaBookingFields } userErrors { code field message } }
  }
`);

export const DeclineBookingDocument = graphql(`
  mutation DeclineBooking($id: ID!, $reason: String) {
    declineBooking(id: $id, reason: $reason) { booking { ...AgendaBookingFields } userErrors { code field message } }
  }
`);

export const MarkCompletedDocument = graphql(`
  mutation MarkCompleted($id: ID!) {
    markCompleted(id: $id) { booking { ...AgendaBookingFields } userErrors { code field message } }
  }
`);

export const MarkNoShowDocument = graphql(`
  mutation MarkNoShow($id: ID!) {
    markNoShow(id: $id) { booking { ...AgendaBookingFields } userErrors { code field message } }
  }
`);
