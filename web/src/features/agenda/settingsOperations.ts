import { gql } from 'urql';
import type {
  AddBlackoutMutation,
  AddBlackoutMutationVariables,
  AddIcsCalendarMutation,
  AddIcsCalendarMutationVariables,
  AgendaBlackoutsQuery,
  AgendaBlackoutsQueryVariables,
  CalendarConnectionFieldsFragment,
  CalendarConnectionsQuery,
  CalendarConnectionsQueryVariables,
  ClearDateOverrideMutation,
  ClearDateOverrideMutationVariables,
  ConnectCalendarMutation,
  ConnectCalendarMutationVariables,
  DisconnectCalendarMutation,
  DisconnectCalendarMutationVariables,
  ProviderDateOverridesQuery,
  ProviderDateOverridesQueryVariables,
  ProviderHoursQuery,
  ProviderHoursQueryVariables,
  RemoveBlackoutMutation,
  RemoveBlackoutMutationVariables,
  SetCalendarSelectionMutation,
  SetCalendarSelectionMutationVariables,
  SetDateOverrideMutation,
  SetDateOverrideMutationVariables,
  SetProviderScheduleMutation,
  SetProviderScheduleMutationVariables,
  SyncCalendarMutation,
  SyncCalendarMutationVariables,
} from '../../gql/graphql';

// Parsed in this page's own chunk (urql's gql) rather than imported from the generated module: that module is
// shared with the booking page, and every document imported from it would count against its budget.

export const ProviderHoursDocument = gql<ProviderHoursQuery, ProviderHoursQueryVariables>`
  query ProviderHours($id: ID!) {
    node(id: $id) { ... on Provider { id timeZone weeklyHours { dayOfWeek start end } } }
  }
`;

export const SetProviderScheduleDocument = gql<SetProviderScheduleMutation, SetProviderScheduleMutationVariables>`
  mutation SetProviderSchedule($input: SetProviderScheduleInput!) {
    setProviderSchedule(input: $input) {
      provider { id displayName timeZone weeklyHours { dayOfWeek start end } membership { id } }
      userErrors { code field message }
    }
  }
`;

export const DateOverridesDocument = gql<ProviderDateOverridesQuery, ProviderDateOverridesQueryVariables>`
  query ProviderDateOverrides($id: ID!, $from: DateOnly!, $to: DateOnly!) {
    node(id: $id) { ... on Provider { id dateOverrides(from: $from, to: $to) { date dayOff hours { start end } } } }
  }
`;

export const SetDateOverrideDocument = gql<SetDateOverrideMutation, SetDateOverrideMutationVariables>`
  mutation SetDateOverride($input: SetDateOverrideInput!) {
    setDateOverride(input: $input) { provider { id } userErrors { code field message } }
  }
`;

export const ClearDateOverrideDocument = gql<ClearDateOverrideMutation, ClearDateOverrideMutationVariables>`
  mutation ClearDateOverride($date: DateOnly!, $providerId: ID!) {
    clearDateOverride(date: $date, providerId: $providerId) { provider { id } userErrors { code field message } }
  }
`;

export const BlackoutsDocument = gql<AgendaBlackoutsQuery, AgendaBlackoutsQueryVariables>`
  query AgendaBlackouts($from: DateTimeOffset!, $to: DateTimeOffset!) {
    blackouts(from: $from, to: $to) { id startsAt endsAt reason provider { id displayName } }
  }
`;

export const AddBlackoutDocument = gql<AddBlackoutMutation, AddBlackoutMutationVariables>`
  mutation AddBlackout($input: AddBlackoutInput!) {
    addBlackout(input: $input) { blackout { id startsAt endsAt reason provider { id displayName } } userErrors { code field message } }
  }
`;

export const RemoveBlackoutDocument = gql<RemoveBlackoutMutation, RemoveBlackoutMutationVariables>`
  mutation RemoveBlackout($id: ID!) {
    removeBlackout(id: $id) { userErrors { code field message } }
  }
`;

export const CalendarConnectionFields = gql<CalendarConnectionFieldsFragment>`
  fragment CalendarConnectionFields on CalendarConnection {
    id kind accountEmail status stale lastSyncedAt lastError brokenAt createdAt providerId
    calendars { id blocksTime canWrite }
  }
`;

export const CalendarConnectionsDocument = gql<CalendarConnectionsQuery, CalendarConnectionsQueryVariables>`
  query CalendarConnections($providerId: ID) {
    calendarConnections(providerId: $providerId) { ...CalendarConnectionFields }
  }
  ${CalendarConnectionFields}
`;

export const ConnectCalendarDocument = gql<ConnectCalendarMutation, ConnectCalendarMutationVariables>`
  mutation ConnectCalendar($input: ConnectCalendarInput!) {
    connectCalendar(input: $input) { consentUrl connection { ...CalendarConnectionFields } userErrors { code field message } }
  }
  ${CalendarConnectionFields}
`;

export const AddIcsCalendarDocument = gql<AddIcsCalendarMutation, AddIcsCalendarMutationVariables>`
  mutation AddIcsCalendar($input: AddIcsCalendarInput!) {
    addIcsCalendar(input: $input) { connection { ...CalendarConnectionFields } userErrors { code field message } }
  }
  ${CalendarConnectionFields}
`;

export const SetCalendarSelectionDocument = gql<SetCalendarSelectionMutation, SetCalendarSelectionMutationVariables>`
  mutation SetCalendarSelection($input: SetCalendarSelectionInput!) {
    setCalendarSelection(input: $input) { connection { ...CalendarConnectionFields } userErrors { code field message } }
  }
  ${CalendarConnectionFields}
`;

export const SyncCalendarDocument = gql<SyncCalendarMutation, SyncCalendarMutationVariables>`
  mutation SyncCalendar($connectionId: ID!) {
    syncCalendar(input: { connectionId: $connectionId }) { connection { ...CalendarConnectionFields } userErrors { code field message } }
  }
  ${CalendarConnectionFields}
`;

export const DisconnectCalendarDocument = gql<DisconnectCalendarMutation, DisconnectCalendarMutationVariables>`
  mutation DisconnectCalendar($connectionId: ID!) {
    disconnectCalendar(input: { connectionId: $connectionId }) { disconnectedConnectionId userErrors { code field message } }
  }
`;
