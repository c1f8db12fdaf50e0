import { gql } from 'urql';
import type { ConsoleNotificationDeliveriesQuery, ConsoleNotificationDeliveriesQueryVariables, ConsoleNotificationTemplatesQuery, ConsoleNotificationTemplatesQueryVariables, ConsolePreviewNotificationTemplateMutation, ConsolePreviewNotificationTemplateMutationVariables, ConsoleResetNotificationTemplateMutation, ConsoleResetNotificationTemplateMutationVariables, ConsoleSetNotificationTemplateMutation, ConsoleSetNotificationTemplateMutationVariables } from '../../../gql/graphql';

export const NotificationTemplatesDocument = gql<ConsoleNotificationTemplatesQuery, ConsoleNotificationTemplatesQueryVariables>`
  query ConsoleNotificationTemplates {
    notificationTemplates { message language subject text html overridden variables }
  }
`;

export const SetNotificationTemplateDocument = gql<ConsoleSetNotificationTemplateMutation, ConsoleSetNotificationTemplateMutationVariables>`
  mutation ConsoleSetNotificationTemplate($input: SetNotificationTemplateInput!) {
    setNotificationTemplate(input: $input) {
      template { message language subject text html overridden variables }
      userErrors { code field message }
    }
  }
`;

export const ResetNotificationTemplateDocument = gql<ConsoleResetNotificationTemplateMutation, ConsoleResetNotificationTemplateMutationVariables>`
  mutation ConsoleResetNotificationTemplate($input: NotificationTemplateKeyInput!) {
    resetNotificationTemplate(input: $input) {
      template { message language subject text html overridden variables }
      userErrors { code field message }
    }
  }
`;

export const PreviewNotificationTemplateDocument = gql<ConsolePreviewNotificationTemplateMutation, ConsolePreviewNotificationTemplateMutationVariables>`
  mutation ConsolePreviewNotificationTemplate($input: PreviewNotificationTemplateInput!) {
    previewNotificationTemplate(input: $input) {
      subject
      text
      html
      userErrors { code field message }
    }
  }
`;

export const NotificationDeliveriesDocument = gql<ConsoleNotificationDeliveriesQuery, ConsoleNotificationDeliveriesQueryVariables>`
  query ConsoleNotificationDeliveries($after: String, $channel: DeliveryChannel, $state: DeliveryState, $recipient: String) {
    notificationDeliveries(first: 25, after: $after, channel: $channel, state: $state, recipient: $recipient) {
      pageInfo { hasNextPage endCursor }
      items { id channel state message recipient language attempts createdAt sentAt nextAttemptAt lastError lastStatusCode bookingId }
    }
  }
`;
