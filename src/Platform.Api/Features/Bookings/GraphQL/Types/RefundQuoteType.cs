using GraphQL.Types;

namespace Platform.Api.Features.Bookings.GraphQL.Types;

public sealed class RefundQuoteType : ObjectGraphType<RefundQuote>
{
    public RefundQuoteType()
    {
        Name = "RefundQuote";
        Field(r => r.RefundPercent);
        Field(r => r.RefundAmount).Description("Minor units of what was paid; 0 while nothing is paid.");
        Field(r => r.Currency);
    }
}
