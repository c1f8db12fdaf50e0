using GraphQL.Types;
using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Availability.Providers;

public sealed class BlackoutPayloadType : ObjectGraphType<BlackoutPayload>
{
    public BlackoutPayloadType()
    {
        Name = "BlackoutPayload";
        Field<BlackoutType>("blackout").Resolve(c => c.Source.Blackout);
        this.AddUserErrors();
    }
}
