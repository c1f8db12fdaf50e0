using GraphQL.Types;

namespace Platform.Api.Features.Payments.Ledgers;

public sealed class LedgerIntervalEnum : EnumerationGraphType<LedgerInterval>
{
    public LedgerIntervalEnum() => Name = "LedgerInterval";
}
