using GraphQL.Types;

namespace Platform.Api.Features.Offerings.Editing;

public sealed class RefundTierInputType : InputObjectGraphType<RefundTierInput>
{
    public RefundTierInputType()
    {
        Name = "RefundTierInput";
        Field(t => t.MinimumNoticeMinutes);
        Field(t => t.RefundPercent);
    }
}
