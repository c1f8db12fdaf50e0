using GraphQL.Types;
using Platform.Api.Features.Integrations.GraphQL;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Integrations.Webhooks.Endpoints;

public sealed class WebhookEndpointPayloadType : ObjectGraphType<WebhookEndpointPayload>
{
    public WebhookEndpointPayloadType()
    {
        Name = "WebhookEndpointPayload";
        Field<WebhookEndpointType>("endpoint").Resolve(c => c.Source.Endpoint);
        Field<StringGraphType>("secret")
            .Description("The signing secret (whsec_…), from create and rotate only: shown this once, store it now.")
            .Resolve(c => c.Source.Secret);
        this.AddUserErrors();
    }
}
