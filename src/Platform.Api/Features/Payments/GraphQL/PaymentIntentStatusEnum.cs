using GraphQL.Types;
using Platform.Api.Features.Payments.Domain;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Payments.GraphQL;

public sealed class PaymentIntentStatusEnum : EnumerationGraphType<IntentStatus>
{
    public PaymentIntentStatusEnum()
    {
        Name = "PaymentIntentStatus";
        Description = "Stripe's status of a payment attempt (CREATING: not yet created at Stripe).";
    }
}
