using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using GraphQL.Types.Relay.DataObjects;
using Platform.Api.GraphQL.Relay;
using Platform.Tenancy;

namespace Platform.Api.Features.Payments.Ledgers;

public sealed record LedgerTotal(string Currency, long Gross, long PlatformFee, long Refunded, long Net, int Bookings)
{
    public long Disputed { get; init; }

    public long DisputeFees { get; init; }
}
