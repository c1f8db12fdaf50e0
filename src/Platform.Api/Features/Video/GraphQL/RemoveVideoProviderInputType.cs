using GraphQL.Types;
using Platform.Api.Features.Video.Accounts;

namespace Platform.Api.Features.Video.GraphQL;

public sealed class RemoveVideoProviderInputType : InputObjectGraphType<RemoveVideoProviderInput>
{
    public RemoveVideoProviderInputType()
    {
        Name = "RemoveVideoProviderInput";
        Field<NonNullGraphType<VideoProviderKindEnum>>("provider");
    }
}
