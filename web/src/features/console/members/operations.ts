import { gql } from 'urql';
import type { ConsoleAssignCustomerRolesMutation, ConsoleAssignCustomerRolesMutationVariables, ConsoleDefineCustomerRoleMutation, ConsoleDefineCustomerRoleMutationVariables, ConsoleInvitationsQuery, ConsoleInvitationsQueryVariables, ConsoleInviteMemberMutation, ConsoleInviteMemberMutationVariables, ConsoleMembersQuery, ConsoleMembersQueryVariables, ConsoleRemoveMemberMutation, ConsoleRemoveMemberMutationVariables, ConsoleSetMemberRolesMutation, ConsoleSetMemberRolesMutationVariables } from '../../../gql/graphql';

export const ConsoleMembersDocument = gql<ConsoleMembersQuery, ConsoleMembersQueryVariables>`
  query ConsoleMembers($after: String) {
    organization {
      id
      customerRoles { id key name description }
      members(first: 25, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        items { id staffRole customerRoles createdAt user { id displayName email } }
      }
    }
  }
`;

export const ConsoleInvitationsDocument = gql<ConsoleInvitationsQuery, ConsoleInvitationsQueryVariables>`
  query ConsoleInvitations {
    organization {
      id
      customerRoles { id key name }
      pendingInvitations { id email staffRole customerRoles expiresAt }
    }
  }
`;

export const SetMemberRolesDocument = gql<ConsoleSetMemberRolesMutation, ConsoleSetMemberRolesMutationVariables>`
  mutation ConsoleSetMemberRoles($membershipId: ID!, $staffRole: StaffRole) {
    setMemberRoles(membershipId: $membershipId, staffRole: $staffRole) {
      membership { id staffRole customerRoles }
      userErrors { code field message }
    }
  }
`;

export const AssignCustomerRolesDocument = gql<ConsoleAssignCustomerRolesMutation, ConsoleAssignCustomerRolesMutationVariables>`
  mutation ConsoleAssignCustomerRoles($membershipId: ID!, $roles: [String!]!) {
    assignCustomerRoles(membershipId: $membershipId, roles: $roles) {
      membership { id staffRole customerRoles }
      userErrors { code field message }
    }
  }
`;

export const RemoveMemberDocument = gql<ConsoleRemoveMemberMutation, ConsoleRemoveMemberMutationVariables>`
  mutation ConsoleRemoveMember($membershipId: ID!) {
    removeMember(membershipId: $membershipId) {
      removedMembershipId
      userErrors { code field message }
    }
  }
`;

export const InviteMemberDocument = gql<ConsoleInviteMemberMutation, ConsoleInviteMemberMutationVariables>`
  mutation ConsoleInviteMember($input: MemberInput!) {
    inviteMember(input: $input) {
      invitation { id email staffRole customerRoles expiresAt }
      userErrors { code field message }
    }
  }
`;

export const DefineCustomerRoleDocument = gql<ConsoleDefineCustomerRoleMutation, ConsoleDefineCustomerRoleMutationVariables>`
  mutation ConsoleDefineCustomerRole($input: DefineCustomerRoleInput!) {
    defineCustomerRole(input: $input) {
      customerRole { id key name description }
      userErrors { code field message }
    }
  }
`;
