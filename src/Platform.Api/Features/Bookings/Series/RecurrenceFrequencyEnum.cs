using GraphQL.Types;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Bookings.Series;

public sealed class RecurrenceFrequencyEnum : EnumerationGraphType<RecurrenceFrequency>
{
    public RecurrenceFrequencyEnum() => Name = "RecurrenceFrequency";
}
