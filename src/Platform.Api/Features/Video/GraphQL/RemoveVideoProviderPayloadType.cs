using GraphQL.Types;
using Platform.Api.Features.Video.Accounts;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Video.GraphQL;

public sealed class RemoveVideoProviderPayloadType : ObjectGraphType<RemoveVideoProviderPayload>
{
    public RemoveVideoProviderPayloadType()
    {
        Name = "RemoveVideoProviderPayload";
        Field<VideoProviderKindEnum>("removedProvider").Resolve(c => c.Source.RemovedProvider);
        this.AddUserErrors();
    }
}
