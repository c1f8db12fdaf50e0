import { gql } from 'urql';
import type {
  AgendaBookingChangedSubscription,
  AgendaBookingChangedSubscriptionVariables,
  AgendaBookingFieldsFragment,
  AgendaProvidersQuery,
  AgendaProvidersQueryVariables,
  AgendaQuery,
  AgendaQueryVariables,
  ConfirmBookingMutation,
  ConfirmBookingMutationVariables,
  DeclineBookingMutation,
  DeclineBookingMutationVariables,
  MarkCompletedMutation,
  MarkCompletedMutationVariables,
  MarkNoShowMutation,
  MarkNoShowMutationVariables,
} from '../../gql/graphql';

// Parsed in this page's own chunk (urql's gql) rather than imported from the generated module: that module is
// shared with the booking page, and every document imported from it would count against its budget.

export const AgendaProvidersDocument = gql<AgendaProvidersQuery, AgendaProvidersQueryVariables>`
  query AgendaProviders {
    providers { id displayName timeZone membership { id } }
  }
`;

export const AgendaBookingFields = gql<AgendaBookingFieldsFragment>`
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
`;

export const AgendaDocument = gql<AgendaQuery, AgendaQueryVariables>`
  query Agenda($from: DateTimeOffset!, $to: DateTimeOffset!, $providerId: ID, $includeInactive: Boolean) {
    agenda(from: $from, to: $to, providerId: $providerId, includeInactive: $includeInactive) { ...AgendaBookingFields }
  }
  ${AgendaBookingFields}
`;

export const AgendaBookingChangedDocument = gql<AgendaBookingChangedSubscription, AgendaBookingChangedSubscriptionVariables>`
  subscription AgendaBookingChanged($providerId: ID) {
    bookingChanged(providerId: $providerId) { ...AgendaBookingFields }
  }
  ${AgendaBookingFields}
`;

export const ConfirmBookingDocument = gql<ConfirmBookingMutation, ConfirmBookingMutationVariables>`
  mutation ConfirmBooking($id: ID!) {
    confirmBooking(id: $id) { booking { ...AgendaBookingFields } userErrors { code field message } }
  }
  ${AgendaBookingFields}
`;

export const DeclineBookingDocument = gql<DeclineBookingMutation, DeclineBookingMutationVariables>`
  mutation DeclineBooking($id: ID!, $reason: String) {
    declineBooking(id: $id, reason: $reason) { booking { ...AgendaBookingFields } userErrors { code field message } }
  }
  ${AgendaBookingFields}
`;

export const MarkCompletedDocument = gql<MarkCompletedMutation, MarkCompletedMutationVariables>`
  mutation MarkCompleted($id: ID!) {
    markCompleted(id: $id) { booking { ...AgendaBookingFields } userErrors { code field message } }
  }
  ${AgendaBookingFields}
`;

export const MarkNoShowDocument = gql<MarkNoShowMutation, MarkNoShowMutationVariables>`
  mutation MarkNoShow($id: ID!) {
    markNoShow(id: $id) { booking { ...AgendaBookingFields } userErrors { code field message } }
  }
  ${AgendaBookingFields}
`;
