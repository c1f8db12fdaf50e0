using GraphQL.Types;
using Platform.Api.Features.Bookings.GraphQL;
using Platform.Api.Features.Bookings.GraphQL.Types;
using Platform.Api.GraphQL.Execution;

namespace Platform.Api.Features.Payments.Ledgers;

public sealed class LedgerEntryType : ObjectGraphType<LedgerEntry>
{
    public LedgerEntryType()
    {
        Name = "LedgerEntry";
        Description =
            "One booking's money, minor units: captured (gross), the platform fee kept, refunds that succeeded, and net to the "
            + "organization.";
        Field<NonNullGraphType<BookingType>>("booking").Resolve(c => c.Loaders().BookingsById(c.Db()).Load(c.Source.BookingId));
        Field(e => e.CapturedAt);
        Field(e => e.Currency);
        Field(e => e.Gross);
        Field(e => e.PlatformFee);
        Field(e => e.Refunded);
        Field(e => e.Disputed)
            .Description("Taken back from the organization for lost disputes (its share of the chargeback and the dispute fee).");
        Field(e => e.DisputeFees).Description("Stripe's dispute fees on these payments.");
        Field(e => e.Net);
        Field(e => e.PaymentStatus);
        Field(e => e.Flag, nullable: true);
    }
}
