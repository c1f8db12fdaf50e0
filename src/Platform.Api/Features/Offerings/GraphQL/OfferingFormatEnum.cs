using GraphQL.Types;

namespace Platform.Api.Features.Offerings.GraphQL;

public sealed class OfferingFormatEnum : EnumerationGraphType<OfferingFormat>
{
    public OfferingFormatEnum() => Name = "OfferingFormat";
}
