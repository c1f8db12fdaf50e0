using System.Globalization;
using Platform.Api.Features.Availability.Domain;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Availability.Schedules;

/// <summary>Parsing and limits for schedule input: pure functions, unit-tested.</summary>
public static class AvailabilityRules
{
    public const int MaxWindowsPerDay = 12;

    /// <summary>Minutes since midnight for "HH:mm" (00:00–23:59, and 24:00 when <paramref name="isEnd"/>); null when malformed.</summary>
    public static int? ParseMinute(string? text, bool isEnd)
    {
        if (text is not { Length: 5 } || text[2] != ':')
            return null;
        if (!int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours))
            return null;
        if (!int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
            return null;
        if (isEnd && hours == 24 && minutes == 0)
            return MinuteRange.MinutesPerDay;
        return hours is >= 0 and < 24 && minutes is >= 0 and < 60 ? hours * 60 + minutes : null;
    }

    public static string FormatMinute(int minute) => string.Create(CultureInfo.InvariantCulture, $"{minute / 60:00}:{minute % 60:00}");

    /// <summary>Parses one range or explains what is wrong with it.</summary>
    public static (MinuteRange? Range, UserError? Error) ParseRange(string? start, string? end, string field)
    {
        var from = ParseMinute(start, isEnd: false);
        var until = ParseMinute(end, isEnd: true);
        if (from is null || until is null)
            return (
                null,
                new UserError("INVALID_TIME", $"Times are HH:mm on a 24-hour clock, e.g. 09:00 or 24:00 (got '{start}'–'{end}').", field)
            );
        if (until <= from)
            return (
                null,
                new UserError(
                    "INVALID_TIME_RANGE",
                    $"{start}–{end} ends before it starts; split hours that cross midnight at 24:00.",
                    field
                )
            );
        return (new MinuteRange(from.Value, until.Value), null);
    }
}
