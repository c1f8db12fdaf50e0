using GraphQL.Types;
using Platform.Api.Features.Availability.GraphQL;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Bookings.Stats;

public sealed class ProviderUtilizationType : ObjectGraphType<ProviderUtilization>
{
    public ProviderUtilizationType()
    {
        Name = "ProviderUtilization";
        Field<NonNullGraphType<ProviderType>>("provider").Resolve(c => c.Loaders().ProvidersById(c.Db()).Load(c.Source.ProviderId));
        Field(u => u.AvailableMinutes).Description("Working hours less blackouts in the range.");
        Field(u => u.BookedMinutes).Description("Of those, minutes taken by sessions (a group session counts once).");
        Field(u => u.Ratio).Description("booked / available, 0 when nothing is available.");
    }
}
