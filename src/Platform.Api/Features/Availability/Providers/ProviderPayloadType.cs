using GraphQL.Types;
using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Availability.Providers;

public sealed class ProviderPayloadType : ObjectGraphType<ProviderPayload>
{
    public ProviderPayloadType()
    {
        Name = "ProviderPayload";
        Field<ProviderType>("provider").Resolve(c => c.Source.Provider);
        this.AddUserErrors();
    }
}
