using GraphQL.Types;

namespace Platform.Api.Features.Offerings.Editing;

public sealed class CancellationPolicyInputType : InputObjectGraphType<CancellationPolicyInput>
{
    public CancellationPolicyInputType()
    {
        Name = "CancellationPolicyInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RefundTierInputType>>>>("tiers");
        Field(p => p.RescheduleCutoffMinutes);
    }
}
