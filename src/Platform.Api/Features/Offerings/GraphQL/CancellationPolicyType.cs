using GraphQL.Types;

namespace Platform.Api.Features.Offerings.GraphQL;

public sealed class CancellationPolicyType : ObjectGraphType<Offering>
{
    public CancellationPolicyType()
    {
        Name = "CancellationPolicy";
        Description = "Refund by notice: the first tier whose notice is met applies; none met refunds nothing.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RefundTierType>>>>("tiers")
            .Description("Longest notice first.")
            .Resolve(c => c.Source.RefundTiers);
        Field<NonNullGraphType<IntGraphType>>("rescheduleCutoffMinutes")
            .Description("Rescheduling is allowed until this long before the start.")
            .Resolve(c => c.Source.RescheduleCutoffMinutes);
    }
}
