using GraphQL.Types;

namespace Platform.Api.Features.Offerings.GraphQL;

public sealed class LocationKindEnum : EnumerationGraphType<LocationKind>
{
    public LocationKindEnum() => Name = "LocationKind";
}
