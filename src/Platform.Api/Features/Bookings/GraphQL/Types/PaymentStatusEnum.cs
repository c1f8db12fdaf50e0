using GraphQL.Types;
using Platform.Api.Features.Bookings.Domain;

namespace Platform.Api.Features.Bookings.GraphQL.Types;

public sealed class PaymentStatusEnum : EnumerationGraphType<PaymentStatus>
{
    public PaymentStatusEnum()
    {
        Name = "PaymentStatus";
        Description = "Where a booking's money stands, beside its status. NONE: nothing to pay.";
    }
}
