using NodaTime;
using NodaTime.Text;
using Platform.Api.Features.Availability.Domain;

namespace Platform.UnitTests.Availability;

/// <summary>
/// Small builders for slot tests. Expected instants are written by hand with an explicit UTC offset
/// ("2026-03-08T09:00-04:00"), so no test derives its expectation from the zone rules under test.
/// </summary>
internal static class SlotKit
{
    private static readonly OffsetDateTimePattern OffsetPattern =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>");

    public static readonly Guid Offering = new("00000000-0000-0000-0000-00000000000a");

    public static readonly Guid OtherOffering = new("00000000-0000-0000-0000-00000000000b");

    public static readonly Guid ProviderA = new("00000000-0000-0000-0000-0000000000a1");

    public static readonly Guid ProviderB = new("00000000-0000-0000-0000-0000000000b2");

    public static readonly Guid ProviderC = new("00000000-0000-0000-0000-0000000000c3");

    /// <summary>A clock long before every test date, so notice and booking window never interfere unless a test says so.</summary>
    public static readonly Instant LongAgo = At("2026-01-01T00:00Z");

    public static IReadOnlyList<IsoDayOfWeek> AllDays { get; } =
    [
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday,
        IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday,
    ];

    /// <summary>An instant written with its offset, e.g. "2026-03-08T09:00-04:00" or "2026-03-08T13:00Z".</summary>
    public static Instant At(string text) => OffsetPattern.Parse(text).Value.ToInstant();

    public static InstantRange Range(string start, string end) => new(At(start), At(end));

    public static DateTimeZone Zone(string id) => DateTimeZoneProviders.Tzdb[id];

    public static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;

    public static int Minute(int hour, int minute = 0) => (hour * 60) + minute;

    public static MinuteRange Hours(int startHour, int endHour) => new(Minute(startHour), Minute(endHour));

    public static WeeklyAvailability Daily(DateTimeZone zone, MinuteRange hours, params DateOverride[] overrides) =>
        new(zone, AllDays.Select(d => new WeeklyWindow(d, hours)), overrides);

    public static WeeklyAvailability Daily(string zone, int startHour, int endHour) => Daily(Zone(zone), Hours(startHour, endHour));

    public static SlotRules Rules(int lengthMinutes = 60, int intervalMinutes = 60) => new()
    {
        OfferingId = Offering,
        Length = Duration.FromMinutes(lengthMinutes),
        Interval = Duration.FromMinutes(intervalMinutes),
        BookingWindow = Duration.FromDays(3650),
    };

    public static SlotRules Group(int capacity, int lengthMinutes = 60, int intervalMinutes = 60) =>
        Rules(lengthMinutes, intervalMinutes) with { IsGroup = true, Capacity = capacity };

    public static ProviderCalendar Calendar(WeeklyAvailability hours, Guid? provider = null) =>
        new() { ProviderId = provider ?? ProviderA, Hours = hours };

    /// <summary>The local day <paramref name="date"/> in <paramref name="zone"/>, as instants.</summary>
    public static InstantRange LocalDay(string zone, string date)
    {
        var tz = Zone(zone);
        var day = Date(date);
        return new InstantRange(day.AtStartOfDayInZone(tz).ToInstant(), day.PlusDays(1).AtStartOfDayInZone(tz).ToInstant());
    }

    public static SlotQuery Query(InstantRange range, Instant? now = null, bool includeFull = false) =>
        new(range, now ?? LongAgo, includeFull);

    /// <summary>A booking of <paramref name="offering"/> with its own buffers already applied to <see cref="OccupyingBooking.Blocked"/>.</summary>
    public static OccupyingBooking Booking(Guid offering, string start, string end, int seats = 1, int bufferBeforeMinutes = 0, int bufferAfterMinutes = 0)
    {
        var range = Range(start, end);
        return new OccupyingBooking(offering, range.Start, range.Widen(Duration.FromMinutes(bufferBeforeMinutes), Duration.FromMinutes(bufferAfterMinutes)), seats);
    }

    public static IReadOnlyList<Instant> Starts(IEnumerable<Slot> slots) => [.. slots.Select(s => s.Start)];

    public static IReadOnlyList<Instant> Instants(params string[] texts) => [.. texts.Select(At)];

    /// <summary><paramref name="count"/> instants from <paramref name="first"/>, <paramref name="stepMinutes"/> apart.</summary>
    public static IReadOnlyList<Instant> Every(string first, int stepMinutes, int count) =>
        [.. Enumerable.Range(0, count).Select(i => At(first) + Duration.FromMinutes((long)stepMinutes * i))];
}
