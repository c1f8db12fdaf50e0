using GraphQL.Types;
using Platform.Api.Features.Bookings.Domain;

namespace Platform.Api.Features.Bookings.Series;

public sealed class RecurrenceFrequencyEnum : EnumerationGraphType<RecurrenceFrequency>
{
    public RecurrenceFrequencyEnum() => Name = "RecurrenceFrequency";
}
