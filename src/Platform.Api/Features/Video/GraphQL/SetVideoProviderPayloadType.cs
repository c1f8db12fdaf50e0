using GraphQL.Types;
using Platform.Api.Features.Video.Accounts;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Video.GraphQL;

public sealed class SetVideoProviderPayloadType : ObjectGraphType<SetVideoProviderPayload>
{
    public SetVideoProviderPayloadType()
    {
        Name = "SetVideoProviderPayload";
        Field<VideoProviderSettingsType>("settings").Resolve(c => c.Source.Settings);
        this.AddUserErrors();
    }
}
