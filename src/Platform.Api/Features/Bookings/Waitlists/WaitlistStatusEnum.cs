using GraphQL.Types;

namespace Platform.Api.Features.Bookings.Waitlists;

public sealed class WaitlistStatusEnum : EnumerationGraphType<WaitlistStatus>
{
    public WaitlistStatusEnum() => Name = "WaitlistStatus";
}
