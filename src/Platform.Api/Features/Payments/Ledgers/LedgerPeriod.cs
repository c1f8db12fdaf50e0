using System.Globalization;
using System.Text;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.GraphQL.Relay;
using Platform.Tenancy;

namespace Platform.Api.Features.Payments.Ledgers;

public sealed record LedgerPeriod(
    DateTimeOffset Start,
    string Currency,
    long Gross,
    long PlatformFee,
    long Refunded,
    long Net,
    int Bookings
)
{
    public long Disputed { get; init; }

    public long DisputeFees { get; init; }
}
