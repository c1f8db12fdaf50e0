using GraphQL.Types;
using Platform.Api.Features.Payments.Domain;

namespace Platform.Api.Features.Payments.GraphQL;

public sealed class PaymentIntentStatusEnum : EnumerationGraphType<IntentStatus>
{
    public PaymentIntentStatusEnum()
    {
        Name = "PaymentIntentStatus";
        Description = "Stripe's status of a payment attempt (CREATING: not yet created at Stripe).";
    }
}
