import { gql } from 'urql';
import type { ConsoleProvidersQuery, ConsoleProvidersQueryVariables, ConsoleSetProviderScheduleMutation, ConsoleSetProviderScheduleMutationVariables } from '../../../gql/graphql';

export const ConsoleProvidersDocument = gql<ConsoleProvidersQuery, ConsoleProvidersQueryVariables>`
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
`;

export const SetProviderScheduleDocument = gql<ConsoleSetProviderScheduleMutation, ConsoleSetProviderScheduleMutationVariables>`
  mutation ConsoleSetProviderSchedule($input: SetProviderScheduleInput!) {
    setProviderSchedule(input: $input) {
      provider { id displayName timeZone membership { id staffRole } weeklyHours { dayOfWeek start end } }
      userErrors { code field message }
    }
  }
`;
