using GraphQL.Types;

namespace Platform.Api.Features.Offerings.GraphQL;

public sealed class OfferingStatusEnum : EnumerationGraphType<OfferingStatus>
{
    public OfferingStatusEnum() => Name = "OfferingStatus";
}
