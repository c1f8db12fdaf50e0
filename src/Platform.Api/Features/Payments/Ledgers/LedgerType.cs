using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Payments.Ledgers;

public sealed class LedgerType : ObjectGraphType<Ledger>
{
    public LedgerType()
    {
        Name = "Ledger";
        Description = "Captures in [from, to), attributed to the period of the capture.";
        Field(l => l.From);
        Field(l => l.To);
        Field<NonNullGraphType<LedgerIntervalEnum>>("interval").Resolve(c => c.Source.Interval);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LedgerTotalType>>>>("totals")
            .Description("Per currency.")
            .Resolve(c => c.Source.Totals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LedgerPeriodType>>>>("periods")
            .WithComplexityImpact(1, 12)
            .Resolve(c => c.Source.Periods);
        Connection<LedgerEntryType>("entries")
            .Description("Per booking, in capture order.")
            .PageSize(50)
            .MaxPageSize(PaymentLedger.MaxPageSize)
            .ResolveAsync(async c => await c.Service<PaymentLedger>().EntriesAsync(c.Source, c.First, c.After, c.CancellationToken));
    }
}
