using GraphQL.Types;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Bookings.Waitlists;

public sealed class WaitlistStatusEnum : EnumerationGraphType<WaitlistStatus>
{
    public WaitlistStatusEnum() => Name = "WaitlistStatus";
}
