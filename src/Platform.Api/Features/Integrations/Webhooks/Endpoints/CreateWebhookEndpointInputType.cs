using GraphQL.Types;

namespace Platform.Api.Features.Integrations.Webhooks.Endpoints;

public sealed class CreateWebhookEndpointInputType : InputObjectGraphType<CreateWebhookEndpointInput>
{
    public CreateWebhookEndpointInputType()
    {
        Name = "CreateWebhookEndpointInput";
        Field<NonNullGraphType<StringGraphType>>("url").Description("https; it must resolve to public addresses only.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("events")
            .Description("Event types to receive (booking.confirmed…; docs/webhooks.md lists them).");
        Field<StringGraphType>("description");
    }
}
