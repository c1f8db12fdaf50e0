import type { StaffRole } from '../../../gql/graphql';

export const staffRoles: StaffRole[] = ['OWNER', 'ADMIN', 'STAFF', 'PROVIDER'];
