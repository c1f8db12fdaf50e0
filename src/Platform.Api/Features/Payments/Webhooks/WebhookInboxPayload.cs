using Platform.Api.Data;
using Platform.Api.GraphQL.Errors;
using Platform.Api.Identity;

namespace Platform.Api.Features.Payments.Webhooks;

public sealed record WebhookInboxPayload(StripeEventRecord? Event) : Payload;
