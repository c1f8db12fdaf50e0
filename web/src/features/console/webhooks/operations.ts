import { gql } from 'urql';
import type { ConsoleCreateWebhookEndpointMutation, ConsoleCreateWebhookEndpointMutationVariables, ConsoleDeleteWebhookEndpointMutation, ConsoleDeleteWebhookEndpointMutationVariables, ConsoleRedeliverWebhookMutation, ConsoleRedeliverWebhookMutationVariables, ConsoleRotateWebhookSecretMutation, ConsoleRotateWebhookSecretMutationVariables, ConsoleSendTestWebhookMutation, ConsoleSendTestWebhookMutationVariables, ConsoleUpdateWebhookEndpointMutation, ConsoleUpdateWebhookEndpointMutationVariables, ConsoleWebhookDeliveriesQuery, ConsoleWebhookDeliveriesQueryVariables, ConsoleWebhookEndpointsQuery, ConsoleWebhookEndpointsQueryVariables } from '../../../gql/graphql';

export const WebhookEndpointsDocument = gql<ConsoleWebhookEndpointsQuery, ConsoleWebhookEndpointsQueryVariables>`
  query ConsoleWebhookEndpoints {
    webhookEndpoints { id url description events enabled disabledReason consecutiveFailures failingSince previousSecretExpiresAt createdAt updatedAt }
  }
`;

export const CreateWebhookEndpointDocument = gql<ConsoleCreateWebhookEndpointMutation, ConsoleCreateWebhookEndpointMutationVariables>`
  mutation ConsoleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      endpoint { id url description events enabled }
      secret
      userErrors { code field message }
    }
  }
`;

export const UpdateWebhookEndpointDocument = gql<ConsoleUpdateWebhookEndpointMutation, ConsoleUpdateWebhookEndpointMutationVariables>`
  mutation ConsoleUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      endpoint { id url description events enabled disabledReason consecutiveFailures failingSince updatedAt }
      userErrors { code field message }
    }
  }
`;

export const DeleteWebhookEndpointDocument = gql<ConsoleDeleteWebhookEndpointMutation, ConsoleDeleteWebhookEndpointMutationVariables>`
  mutation ConsoleDeleteWebhookEndpoint($input: DeleteWebhookEndpointInput!) {
    deleteWebhookEndpoint(input: $input) {
      deletedEndpointId
      cancelledDeliveries
      userErrors { code field message }
    }
  }
`;

export const RotateWebhookSecretDocument = gql<ConsoleRotateWebhookSecretMutation, ConsoleRotateWebhookSecretMutationVariables>`
  mutation ConsoleRotateWebhookSecret($input: RotateWebhookSecretInput!) {
    rotateWebhookSecret(input: $input) {
      endpoint { id previousSecretExpiresAt }
      secret
      userErrors { code field message }
    }
  }
`;

export const SendTestWebhookDocument = gql<ConsoleSendTestWebhookMutation, ConsoleSendTestWebhookMutationVariables>`
  mutation ConsoleSendTestWebhook($input: SendTestWebhookInput!) {
    sendTestWebhook(input: $input) {
      eventId
      userErrors { code field message }
    }
  }
`;

export const WebhookDeliveriesDocument = gql<ConsoleWebhookDeliveriesQuery, ConsoleWebhookDeliveriesQueryVariables>`
  query ConsoleWebhookDeliveries($endpointId: ID!, $after: String) {
    webhookDeliveries(endpointId: $endpointId, first: 20, after: $after) {
      pageInfo { hasNextPage endCursor }
      items { id eventId eventType state attempts createdAt sentAt nextAttemptAt lastStatusCode lastError lastDurationMs }
    }
  }
`;

export const RedeliverWebhookDocument = gql<ConsoleRedeliverWebhookMutation, ConsoleRedeliverWebhookMutationVariables>`
  mutation ConsoleRedeliverWebhook($input: RedeliverWebhookInput!) {
    redeliverWebhook(input: $input) {
      delivery { id eventId eventType state attempts createdAt nextAttemptAt }
      userErrors { code field message }
    }
  }
`;

/** The event types an endpoint can receive (docs/webhooks.md). */
export const webhookEvents = [
  'booking.held', 'booking.confirmed', 'booking.cancelled', 'booking.declined', 'booking.expired', 'booking.rescheduled',
  'booking.completed', 'booking.no_show', 'payment.captured', 'payment.refunded', 'payment.disputed',
  'member.added', 'member.removed', 'waitlist.offered', 'webhook_endpoint.disabled',
];
