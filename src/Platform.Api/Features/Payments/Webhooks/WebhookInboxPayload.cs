using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Payments.Webhooks;

public sealed record WebhookInboxPayload(StripeEventRecord? Event) : Payload;
