using GraphQL.Types;

namespace Platform.Api.Features.Payments.Webhooks;

public sealed class WebhookInboxEventType : ObjectGraphType<StripeEventRecord>
{
    public WebhookInboxEventType()
    {
        Name = "WebhookInboxEvent";
        Description = "A Stripe webhook as the inbox holds it (never its payload). Platform administrators.";
        Field(e => e.EventId).Description("Stripe's event id (evt_…).");
        Field(e => e.Type);
        Field<NonNullGraphType<StringGraphType>>("endpoint")
            .Description("PLATFORM or CONNECT.")
            .Resolve(c => c.Source.Endpoint.ToString().ToUpperInvariant());
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("receivedAt").Resolve(c => c.Source.ReceivedAt);
        Field(e => e.Attempts);
        Field<StringGraphType>("lastError").Description("The last failure's type and message.").Resolve(c => c.Source.LastError);
        Field<StringGraphType>("outcome").Resolve(c => c.Source.Outcome);
        Field<DateTimeOffsetGraphType>("processedAt").Resolve(c => c.Source.ProcessedAt);
        Field<DateTimeOffsetGraphType>("deadAt").Description("When it was given up.").Resolve(c => c.Source.DeadAt);
        Field<DateTimeOffsetGraphType>("nextAttemptAt").Resolve(c => c.Source.NextAttemptAt);
    }
}
