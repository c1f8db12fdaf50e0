using GraphQL.Types;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Offerings.GraphQL;

public sealed class OfferingFormatEnum : EnumerationGraphType<OfferingFormat>
{
    public OfferingFormatEnum() => Name = "OfferingFormat";
}
