using GraphQL.Types;

namespace Platform.Api.Features.Offerings.GraphQL;

public sealed class OfferingKindEnum : EnumerationGraphType<OfferingKind>
{
    public OfferingKindEnum() => Name = "OfferingKind";
}
