using GraphQL.Types;
using Platform.Api.Features.Video.Accounts;

namespace Platform.Api.Features.Video.GraphQL;

public sealed class SetVideoProviderInputType : InputObjectGraphType<SetVideoProviderInput>
{
    public SetVideoProviderInputType()
    {
        Name = "SetVideoProviderInput";
        Field<NonNullGraphType<VideoProviderKindEnum>>("provider");
        Field<BooleanGraphType>("makeDefault").Description("Use it for offerings that do not name a service.");
        Field<StringGraphType>("apiKey").Description("Daily: the API key.");
        Field<StringGraphType>("appId").Description("100ms: the app access key; Jitsi: the JWT app id (optional).");
        Field<StringGraphType>("appSecret").Description("100ms: the app secret; Jitsi: the JWT secret (optional).");
        Field<StringGraphType>("templateId").Description("100ms: the template rooms are made from.");
        Field<StringGraphType>("subdomain").Description("100ms: the subdomain of the room-code links.");
        Field<StringGraphType>("serverUrl").Description("Jitsi: your server (https); empty for the platform's default.");
    }
}
