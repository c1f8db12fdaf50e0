using GraphQL.Types;
using Platform.Api.Features.Integrations.Webhooks;

namespace Platform.Api.Features.Integrations.GraphQL;

public sealed class WebhookEndpointType : ObjectGraphType<WebhookEndpoint>
{
    public WebhookEndpointType()
    {
        Name = "WebhookEndpoint";
        Description = "A receiver of signed webhook calls (docs/webhooks.md). Its secret is shown once, when created or rotated.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => WebhookEndpointIds.Of(c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("url").Resolve(c => c.Source.Url);
        Field<StringGraphType>("description").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("events")
            .Description("The event types it is sent (booking.confirmed…).")
            .Resolve(c => c.Source.Events);
        Field<NonNullGraphType<BooleanGraphType>>("enabled").Resolve(c => c.Source.Enabled);
        Field<StringGraphType>("disabledReason").Description("Why it is off: an administrator, or failing for too long.")
            .Resolve(c => c.Source.DisabledReason);
        Field<NonNullGraphType<IntGraphType>>("consecutiveFailures").Resolve(c => c.Source.ConsecutiveFailures);
        Field<DateTimeOffsetGraphType>("failingSince").Description("Null while calls succeed.").Resolve(c => c.Source.FailingSince);
        Field<DateTimeOffsetGraphType>("previousSecretExpiresAt")
            .Description("Until when the secret replaced by the last rotation still signs too; null when none does.")
            .Resolve(c => c.Source.EncryptedPreviousSecret is null ? null : c.Source.PreviousSecretExpiresAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Resolve(c => c.Source.UpdatedAt);
    }
}
