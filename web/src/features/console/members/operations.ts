import { graphql } from '../../../gql';

export const ConsoleMembersDocument = graphql(`
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
`);

export const ConsoleInvitationsDocument = graphql(`
  query ConsoleInvitations {
    organization {
      id
      customerRoles { id key name }
      pendingInvitations { id email staffRole customerRoles expiresAt }
    }
  }
`);

export const SetMemberRolesDocument = graphql(`
  mutation ConsoleSetMemberRoles($membershipId: ID!, $staffRole: StaffRole) {
    setMemberRoles(membershipId: $membershipId, staffRole: $staffRole) {
      membership { id staffRole customerRoles }
      userErrors { code field message }
    }
  }
`);

export const AssignCustomerRolesDocument = graphql(`
  mutation ConsoleAssignCustomerRoles($membershipId: ID!, $roles: [String!]!) {
    assignCustomerRoles(membershipId: $membershipId, roles: $roles) {
      membership { id staffRole customerRoles }
      userErrors { code field message }
    }
  }
`);

export const RemoveMemberDocument = graphql(`
  mutation ConsoleRemoveMember($membershipId: ID!) {
    removeMember(membershipId: $membershipId) {
      removedMembershipId
      userErrors { code field message }
    }
  }
`);

export const InviteMemberDocument = graphql(`
  mutation ConsoleInviteMember($input: MemberInput!) {
    inviteMember(input: $input) {
      invitation { id email staffRole customerRoles expiresAt }
      userErrors { code field message }
    }
  }
`);

export const DefineCustomerRoleDocument = graphql(`
  mutation ConsoleDefineCustomerRole($input: DefineCustomerRoleInput!) {
    defineCustomerRole(input: $input) {
      customerRole { id key name description }
      userErrors { code field message }
    }
  }
`);
