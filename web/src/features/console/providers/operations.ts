import { graphql } from '../../../gql';

export const ConsoleProvidersDocument = graphql(`
  query ConsoleProviders {
    providers {
      id
      displayName
      timeZone
      membership { id staffRole }
      weeklyHours { dayOfWeek start end }
      offerings { id name }
    }
    organization {
      id
      members(first: 200) {
        items { id staffRole user { id displayName email } }
      }
    }
  }
`);

export const SetProviderScheduleDocument = graphql(`
  mutation ConsoleSetProviderSchedule($input: SetProviderScheduleInput!) {
    setProviderSchedule(input: $input) {
      provider { id displayName timeZone membership { id staffRole } weeklyHours { dayOfWeek start end } }
      userErrors { code field message }
    }
  }
`);
