using GraphQL.Types;

namespace Platform.Api.Features.Payments.Ledgers;

public sealed class LedgerTotalType : ObjectGraphType<LedgerTotal>
{
    public LedgerTotalType()
    {
        Name = "LedgerTotal";
        Field(t => t.Currency);
        Field(t => t.Gross);
        Field(t => t.PlatformFee);
        Field(t => t.Refunded);
        Field(t => t.Disputed)
            .Description("Taken back from the organization for lost disputes (its share of the chargeback and the dispute fee).");
        Field(t => t.DisputeFees).Description("Stripe's dispute fees on these payments.");
        Field(t => t.Net);
        Field(t => t.Bookings);
    }
}
