using GraphQL.Types;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Payments.Ledgers;

public sealed class LedgerIntervalEnum : EnumerationGraphType<LedgerInterval>
{
    public LedgerIntervalEnum() => Name = "LedgerInterval";
}
