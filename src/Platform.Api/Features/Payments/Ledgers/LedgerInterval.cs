using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using GraphQL.Types.Relay.DataObjects;
using Platform.Api.GraphQL.Relay;
using Platform.Tenancy;

namespace Platform.Api.Features.Payments.Ledgers;

public enum LedgerInterval
{
    Day,
    Week,
    Month,
}
