namespace Platform.Api.Features.Payments.Ledgers;

/// <summary>The ledger of captures in [From, To), by the organization's calendar for periods.</summary>
public sealed record Ledger(
    DateTimeOffset From,
    DateTimeOffset To,
    LedgerInterval Interval,
    IReadOnlyList<LedgerTotal> Totals,
    IReadOnlyList<LedgerPeriod> Periods
);
