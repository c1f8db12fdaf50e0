using GraphQL.Types;

namespace Platform.Api.Features.Offerings.GraphQL;

public sealed class RefundTierType : ObjectGraphType<RefundTierEntry>
{
    public RefundTierType()
    {
        Name = "RefundTier";
        Field(t => t.MinimumNoticeMinutes).Description("Cancelling at least this long before the start…");
        Field(t => t.RefundPercent).Description("…refunds this percentage.");
    }
}
