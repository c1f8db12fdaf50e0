import { graphql } from '../../../gql';

export const WebhookEndpointsDocument = graphql(`
  query ConsoleWebhookEndpoints {
    webhookEndpoints { id url description events enabled disabledReason consecutiveFailures failingSince previousSecretExpiresAt createdAt updatedAt }
  }
`);

export const CreateWebhookEndpointDocument = graphql(`
  mutation ConsoleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      endpoint { id url description events enabled }
      secret
      userErrors { code field message }
    }
  }
`);

export const UpdateWebhookEndpointDocument = graphql(`
  mutation ConsoleUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      endpoint { id url description events enabled disabledReason consecutiveFailures failingSince updatedAt }
      userErrors { code field message }
    }
  }
`);

export const DeleteWebhookEndpointDocument = graphql(`
  mutation ConsoleDeleteWebhookEndpoint($input: DeleteWebhookEndpointInput!) {
    deleteWebhookEndpoint(input: $input) {
      deletedEndpointId
      cancelledDeliveries
      userErrors { code field message }
    }
  }
`);

export const RotateWebhookSecretDocument = graphql(`
  mutation ConsoleRotateWebhookSecret($input: RotateWebhookSecretInput!) {
    rotateWebhookSecret(input: $input) {
      endpoint { id previousSecretExpiresAt }
      secret
      userErrors { code field message }
    }
  }
`);

export const SendTestWebhookDocument = graphql(`
  mutation ConsoleSendTestWebhook($input: SendTestWebhookInput!) {
    sendTestWebhook(input: $input) {
      eventId
      userErrors { code field message }
    }
  }
`);

export const WebhookDeliveriesDocument = graphql(`
  query ConsoleWebhookDeliveries($endpointId: ID!, $after: String) {
    webhookDeliveries(endpointId: $endpointId, first: 20, after: $after) {
      pageInfo { hasNextPage endCursor }
      items { id eventId eventType state attempts createdAt sentAt nextAttemptAt lastStatusCode lastError lastDurationMs }
    }
  }
`);

export const RedeliverWebhookDocument = graphql(`
  mutation ConsoleRedeliverWebhook($input: RedeliverWebhookInput!) {
    redeliverWebhook(input: $input) {
      delivery { id eventId eventType state attempts createdAt nextAttemptAt }
      userErrors { code field message }
    }
  }
`);

/** The event types an endpoint can receive (docs/webhooks.md). */
export const webhookEvents = [
  'booking.held', 'booking.confirmed', 'booking.cancelled', 'booking.declined', 'booking.expired', 'booking.rescheduled',
  'booking.completed', 'booking.no_show', 'payment.captured', 'payment.refunded', 'payment.disputed',
  'member.added', 'member.removed', 'waitlist.offered', 'webhook_endpoint.disabled',
];
