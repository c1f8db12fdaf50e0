import type { DayOfWeek } from '../../../gql/graphql';

/** Monday first, as the API lists weekly hours. */
export const dayOrder: DayOfWeek[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
