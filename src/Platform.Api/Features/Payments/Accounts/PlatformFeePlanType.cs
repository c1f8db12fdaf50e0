using GraphQL.Types;

namespace Platform.Api.Features.Payments.Accounts;

public sealed class PlatformFeePlanType : ObjectGraphType<PaymentAccount>
{
    public PlatformFeePlanType()
    {
        Name = "PlatformFeePlan";
        Description = "The platform's fee on each payment: a percentage (basis points, 100 = 1 %) plus a fixed amount in minor units.";
        Field<NonNullGraphType<IntGraphType>>("basisPoints").Resolve(c => c.Source.FeeBasisPoints);
        Field<NonNullGraphType<LongGraphType>>("fixedAmount").Resolve(c => c.Source.FeeFixedAmount);
    }
}
