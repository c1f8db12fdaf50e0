using GraphQL.Types;
using NodaTime;

namespace Platform.Api.Features.Availability.GraphQL;

/// <summary>ISO days of the week, Monday first (NodaTime's <see cref="IsoDayOfWeek"/> without its None).</summary>
public sealed class DayOfWeekEnum : EnumerationGraphType
{
    public DayOfWeekEnum()
    {
        Name = "DayOfWeek";
        foreach (var day in Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None))
            Add(day.ToString().ToUpperInvariant(), day);
    }
}
