using GraphQL.Types;

namespace Platform.Api.Features.Payments.Ledgers;

public sealed class LedgerPeriodType : ObjectGraphType<LedgerPeriod>
{
    public LedgerPeriodType()
    {
        Name = "LedgerPeriod";
        Description = "Totals of the captures in one day, week or month of the organization's calendar, per currency.";
        Field(p => p.Start);
        Field(p => p.Currency);
        Field(p => p.Gross);
        Field(p => p.PlatformFee);
        Field(p => p.Refunded);
        Field(p => p.Disputed)
            .Description("Taken back from the organization for lost disputes (its share of the chargeback and the dispute fee).");
        Field(p => p.DisputeFees).Description("Stripe's dispute fees on these payments.");
        Field(p => p.Net);
        Field(p => p.Bookings);
    }
}
