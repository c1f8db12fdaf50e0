import { graphql } from '../../gql';

// Parsed in this page's own chunk (urql's gql) rather than imported from the generated module: that module is
// shared with the booking page, and every document imported from it would count against its budget.

export const SignUpDocument = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) { userErrors { code field message } }
  }
`);

export const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(input: { email: $email }) { userErrors { code field message } }
  }
`);

export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) { passwordReset userErrors { code field message } }
  }
`);

export const ConfirmEmailDocument = graphql(`
  mutation ConfirmEmail($input: ConfirmEmailInput!) {
    confirmEmail(input: $input) { emailConfirmed userErrors { code field message } }
  }
`);
