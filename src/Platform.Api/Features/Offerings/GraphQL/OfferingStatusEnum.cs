using GraphQL.Types;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Offerings.GraphQL;

public sealed class OfferingStatusEnum : EnumerationGraphType<OfferingStatus>
{
    public OfferingStatusEnum() => Name = "OfferingStatus";
}
