import { graphql } from '../../gql';

// What taking a time costs the visitor: releasing it, paying for it (card or Checkout), carts, series and the waitlist.

export const CancelHoldDocument = graphql(`
  mutation ReleaseHold($id: ID!) {
    cancelBooking(id: $id) {
      booking {
        id
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const StartPaymentDocument = graphql(`
  mutation StartPayment($input: StartPaymentInput!) {
    startPayment(input: $input) {
      clientSecret
      publishableKey
      payment {
        id
        status
        amount
        currency
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const CheckoutSessionDocument = graphql(`
  mutation CreateCheckoutSession($input: CheckoutSessionInput!) {
    createCheckoutSession(input: $input) {
      url
      expiresAt
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const CartDetailsFragment = graphql(`
  fragment CartDetails on Cart {
    id
    status
    expiresAt
    total {
      amount
      currency
      holds
    }
    items {
      ...BookingDetails
    }
  }
`);

export const CreateCartDocument = graphql(`
  mutation CreateCart($guestEmail: String) {
    createCart(guestEmail: $guestEmail) {
      cart {
        ...CartDetails
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const CartDocument = graphql(`
  query CartContents($id: ID!) {
    node(id: $id) {
      ... on Cart {
        ...CartDetails
      }
    }
  }
`);

export const AbandonCartDocument = graphql(`
  mutation AbandonCart($id: ID!) {
    abandonCart(id: $id) {
      cart {
        id
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const BookSeriesDocument = graphql(`
  mutation BookSeries($input: BookSeriesInput!) {
    bookSeries(input: $input) {
      cart {
        ...CartDetails
      }
      occurrences {
        index
        start
        booking {
          ...BookingDetails
        }
        problem {
          code
          field
          message
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const JoinWaitlistDocument = graphql(`
  mutation JoinWaitlist($input: JoinWaitlistInput!) {
    joinWaitlist(input: $input) {
      entry {
        id
        status
        position
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
