using GraphQL.Types;

namespace Platform.Api.Features.Integrations.Webhooks.Endpoints;

public sealed class UpdateWebhookEndpointInputType : InputObjectGraphType<UpdateWebhookEndpointInput>
{
    public UpdateWebhookEndpointInputType()
    {
        Name = "UpdateWebhookEndpointInput";
        Description = "Fields left out (or null) stay as they are.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<StringGraphType>("url");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("events");
        Field<StringGraphType>("description").Description("An empty string clears it.");
        Field<BooleanGraphType>("enabled").Description("Switching it back on clears its failure count.");
    }
}
