using GraphQL.Types;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Offerings.GraphQL;

public sealed class OfferingKindEnum : EnumerationGraphType<OfferingKind>
{
    public OfferingKindEnum() => Name = "OfferingKind";
}
