import { graphql } from '../../gql';

// Parsed in this page's own chunk (urql's gql) rather than imported from the generated module: that module is
// shared with the booking page, and every document imported from it would count against its budget.

export const ProviderHoursDocument = graphql(`
  query ProviderHours($id: ID!) {
    node(id: $id) { ... on Provider { id timeZone weeklyHours { dayOfWeek start end } } }
  }
`);

export const SetProviderScheduleDocument = graphql(`
  mutation SetProviderSchedule($input: SetProviderScheduleInput!) {
    setProviderSchedule(input: $input) {
      provider { id displayName timeZone weeklyHours { dayOfWeek start end } membership { id } }
      userErrors { code field message }
    }
  }
`);

export const DateOverridesDocument = graphql(`
  query ProviderDateOverrides($id: ID!, $from: DateOnly!, $to: DateOnly!) {
    node(id: $id) { ... on Provider { id dateOverrides(from: $from, to: $to) { date dayOff hours { start end } } } }
  }
`);

export const SetDateOverrideDocument = graphql(`
  mutation SetDateOverride($input: SetDateOverrideInput!) {
    setDateOverride(input: $input) { provider { id } userErrors { code field message } }
  }
`);

export const ClearDateOverrideDocument = graphql(`
  mutation ClearDateOverride($date: DateOnly!, $providerId: ID!) {
    clearDateOverride(date: $date, providerId: $providerId) { provider { id } userErrors { code field message } }
  }
`);

export const BlackoutsDocument = graphql(`
  query AgendaBlackouts($from: DateTimeOffset!, $to: DateTimeOffset!) {
    blackouts(from: $from, to: $to) { id startsAt endsAt reason provider { id displayName } }
  }
`);

export const AddBlackoutDocument = graphql(`
  mutation AddBlackout($input: AddBlackoutInput!) {
    addBlackout(input: $input) { blackout { id startsAt endsAt reason provider { id displayName } } userErrors { code field message } }
  }
`);

export const RemoveBlackoutDocument = graphql(`
  mutation RemoveBlackout($id: ID!) {
    removeBlackout(id: $id) { userErrors { code field message } }
  }
`);

export const CalendarConnectionFields = graphql(`
  fragment CalendarConnectionFields on CalendarConnection {
    id kind accountEmail status stale lastSyncedAt lastError brokenAt createdAt providerId
    calendars { id blocksTime canWrite }
  }
`);

export const CalendarConnectionsDocument = graphql(`
  query CalendarConnections($providerId: ID) {
    calendarConnections(providerId: $providerId) { ...CalendarConnectionFields }
  }
`);

export const ConnectCalendarDocument = graphql(`
  mutation ConnectCalendar($input: ConnectCalendarInput!) {
    connectCalendar(input: $input) { consentUrl connection { ...CalendarConnectionFields } userErrors { code field message } }
  }
`);

export const AddIcsCalendarDocument = graphql(`
  mutation AddIcsCalendar($input: AddIcsCalendarInput!) {
    addIcsCalendar(input: $input) { connection { ...CalendarConnectionFields } userErrors { code field message } }
  }
`);

export const SetCalendarSelectionDocument = graphql(`
  mutation SetCalendarSelection($input: SetCalendarSelectionInput!) {
    setCalendarSelection(input: $input) { connection { ...CalendarConnectionFields } userErrors { code field message } }
  }
`);

export const SyncCalendarDocument = graphql(`
  mutation SyncCalendar($connectionId: ID!) {
    syncCalendar(input: { connectionId: $connectionId }) { connection { ...CalendarConnectionFields } userErrors { code field message } }
  }
`);

export const DisconnectCalendarDocument = graphql(`
  mutation DisconnectCalendar($connectionId: ID!) {
    disconnectCalendar(input: { connectionId: $connectionId }) { disconnectedConnectionId userErrors { code field message } }
  }
`);
