using GraphQL.Types;

namespace Platform.Api.Features.Pricing.GraphQL;

public sealed class RefundDeadlineType : ObjectGraphType<RefundDeadline>
{
    public RefundDeadlineType()
    {
        Name = "RefundDeadline";
        Field(d => d.RefundPercent);
        Field(d => d.RefundAmount).Description("Minor units.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("until")
            .Description("Cancelling at or before this instant earns the refund.")
            .Resolve(c => c.Source.Until);
    }
}
