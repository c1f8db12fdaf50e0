using GraphQL.Types;
using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Availability.Providers;

public sealed class RemoveBlackoutPayloadType : ObjectGraphType<RemoveBlackoutPayload>
{
    public RemoveBlackoutPayloadType()
    {
        Name = "RemoveBlackoutPayload";
        Field<IdGraphType>("removedBlackoutId")
            .Resolve(c => c.Source.RemovedBlackoutId is { } id ? GlobalId.Encode(BlackoutType.TypeName, id) : null);
        this.AddUserErrors();
    }
}
