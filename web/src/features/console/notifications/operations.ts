import { graphql } from '../../../gql';

export const NotificationTemplatesDocument = graphql(`
  query ConsoleNotificationTemplates {
    notificationTemplates { message language subject text html overridden variables }
  }
`);

export const SetNotificationTemplateDocument = graphql(`
  mutation ConsoleSetNotificationTemplate($input: SetNotificationTemplateInput!) {
    setNotificationTemplate(input: $input) {
      template { message language subject text html overridden variables }
      userErrors { code field message }
    }
  }
`);

export const ResetNotificationTemplateDocument = graphql(`
  mutation ConsoleResetNotificationTemplate($input: NotificationTemplateKeyInput!) {
    resetNotificationTemplate(input: $input) {
      template { message language subject text html overridden variables }
      userErrors { code field message }
    }
  }
`);

export const PreviewNotificationTemplateDocument = graphql(`
  mutation ConsolePreviewNotificationTemplate($input: PreviewNotificationTemplateInput!) {
    previewNotificationTemplate(input: $input) {
      subject
      text
      html
      userErrors { code field message }
    }
  }
`);

export const NotificationDeliveriesDocument = graphql(`
  query ConsoleNotificationDeliveries($after: String, $channel: DeliveryChannel, $state: DeliveryState, $recipient: String) {
    notificationDeliveries(first: 25, after: $after, channel: $channel, state: $state, recipient: $recipient) {
      pageInfo { hasNextPage endCursor }
      items { id channel state message recipient language attempts createdAt sentAt nextAttemptAt lastError lastStatusCode bookingId }
    }
  }
`);
