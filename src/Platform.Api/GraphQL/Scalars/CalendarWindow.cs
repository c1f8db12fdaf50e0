namespace Platform.Api.GraphQL.Scalars;

/// <summary>
/// The dates Platform accepts as input: years 1900 to 2999. Arithmetic on a date (time zones, buffers,
/// durations, day ranges) must never step past the calendar's ends, and no booking, price or report
/// needs a year outside this window; 0001-01-01 or 9999-12-31T23:00:00Z is a request error naming the
/// argument, not an overflow inside a resolver.
/// </summary>
public static class CalendarWindow
{
    public static readonly DateOnly First = new(1900, 1, 1);
    public static readonly DateOnly Last = new(2999, 12, 31);

    public static string Describe => $"Accepted from {First:yyyy-MM-dd} to {Last:yyyy-MM-dd}.";

    internal static T Check<T>(T value, DateOnly date)
    {
        if (date < First || date > Last)
            throw new InputRejectedException($"Dates must lie between {First:yyyy-MM-dd} and {Last:yyyy-MM-dd}.");
        return value;
    }
}
