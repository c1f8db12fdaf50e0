using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Platform.Api.Features.Availability.Domain;
using static Platform.UnitTests.Availability.SlotKit;

namespace Platform.UnitTests.Availability;

/// <summary>A random provider, offering and question around a DST transition, for property tests.</summary>
public sealed record SlotScenario(
    string ZoneId,
    IReadOnlyList<WeeklyWindow> Weekly,
    IReadOnlyList<DateOverride> Overrides,
    SlotRules Rules,
    ProviderCalendar Calendar,
    SlotQuery Query)
{
    public DateTimeZone Zone => Calendar.Hours.Zone;

    private readonly Dictionary<LocalDate, bool[]> _masks = [];

    /// <summary>Whether the raw windows and overrides (not the code under test) make <paramref name="local"/> a worked minute.</summary>
    public bool IsWorked(LocalDateTime local) => WorkedMinutes(local.Date)[(local.Hour * 60) + local.Minute];

    /// <summary>The local hours of <paramref name="date"/> as a minute mask, straight from the raw windows and overrides.</summary>
    public bool[] WorkedMinutes(LocalDate date)
    {
        if (_masks.TryGetValue(date, out var cached)) return cached;
        var ranges = Overrides.Any(o => o.Date == date)
            ? Overrides.Where(o => o.Date == date).SelectMany(o => o.Hours)
            : Weekly.Where(w => w.Day == date.DayOfWeek).Select(w => w.Hours);
        var mask = new bool[MinuteRange.MinutesPerDay];
        foreach (var range in ranges)
        {
            for (var minute = range.StartMinute; minute < range.EndMinute; minute++) mask[minute] = true;
        }
        _masks[date] = mask;
        return mask;
    }

    public override string ToString() =>
        $"""
        zone {ZoneId}, now {Query.Now}, range {Query.Range}, includeFull {Query.IncludeFull}
        rules: length {Rules.Length}, interval {Rules.Interval}, buffers {Rules.BufferBefore}/{Rules.BufferAfter}, notice {Rules.MinimumNotice}, window {Rules.BookingWindow}, capacity {Rules.Capacity}, group {Rules.IsGroup}
        weekly: {string.Join(", ", Weekly.Select(w => $"{w.Day} {w.Hours.StartMinute}-{w.Hours.EndMinute}"))}
        overrides: {string.Join(", ", Overrides.Select(o => $"{o.Date} [{string.Join(" ", o.Hours.Select(h => $"{h.StartMinute}-{h.EndMinute}"))}]"))}
        blackouts: {string.Join(", ", Calendar.Blackouts)}
        busy: {string.Join(", ", Calendar.Busy)}
        bookings: {string.Join(", ", Calendar.Bookings.Select(b => $"{(b.OfferingId == Offering ? "same" : "other")} {b.Start} {b.Blocked} x{b.Seats}"))}
        """;
}

/// <summary>A scenario in a fixed-offset zone with nothing but weekly hours: no overrides, blackouts, busy time or bookings.</summary>
public sealed record UnobstructedScenario(SlotScenario Value)
{
    public override string ToString() => Value.ToString();
}

/// <summary>Three providers (each with their own zone, hours and obstacles) asked the same question.</summary>
public sealed record TeamScenario(SlotRules Rules, SlotQuery Query, IReadOnlyList<ProviderCalendar> Calendars)
{
    public override string ToString() =>
        $"now {Query.Now}, range {Query.Range}, group {Rules.IsGroup}, capacity {Rules.Capacity}, length {Rules.Length}, interval {Rules.Interval}\n" +
        string.Join("\n", Calendars.Select(c => $"{c.ProviderId}: {c.Hours.Zone.Id}, {c.Bookings.Count} bookings, {c.Busy.Count} busy, {c.Blackouts.Count} blackouts"));
}

/// <summary>FsCheck arbitraries: <c>[Property(Arbitrary = [typeof(SlotScenarios)])]</c>.</summary>
public static class SlotScenarios
{
    private static readonly string[] ZoneIds = ["UTC", "Asia/Kolkata", "America/New_York", "Europe/London", "Australia/Lord_Howe"];

    // Days just before each 2026 transition of those zones, plus an ordinary week.
    private static readonly LocalDate[] Anchors =
    [
        new(2026, 3, 7), new(2026, 10, 31), new(2026, 3, 28), new(2026, 10, 24),
        new(2026, 4, 4), new(2026, 10, 3), new(2026, 6, 1),
    ];

    private static Gen<Duration> Minutes(params int[] choices) => Gen.Elements(choices).Select(m => Duration.FromMinutes(m));

    // Some windows end or start at midnight, so sessions straddle days.
    private static Gen<MinuteRange> Hours => Gen.Frequency(
        (6, from start in Gen.Choose(0, 95)
            from quarters in Gen.Choose(2, 48)
            select new MinuteRange(start * 15, Math.Min(MinuteRange.MinutesPerDay, (start + quarters) * 15))),
        (1, Gen.Choose(72, 95).Select(start => new MinuteRange(start * 15, MinuteRange.MinutesPerDay))),
        (1, Gen.Choose(1, 24).Select(end => new MinuteRange(0, end * 15))));

    private static Gen<T[]> Up<T>(int most, Gen<T> gen) => Gen.Choose(0, most).SelectMany(n => Gen.ArrayOf(gen, n));

    private static Gen<InstantRange> Span(Instant origin, int longestQuarters) =>
        from start in Gen.Choose(-96, 480)
        from quarters in Gen.Choose(1, longestQuarters)
        select new InstantRange(origin + Duration.FromMinutes(start * 15L), origin + Duration.FromMinutes((start + quarters) * 15L));

    private static Gen<OccupyingBooking> Bookings(Instant origin) =>
        from span in Span(origin, 8)
        from same in Gen.Elements(true, false)
        from seats in Gen.Choose(1, 3)
        from before in Minutes(0, 15)
        from after in Minutes(0, 10)
        select new OccupyingBooking(same ? Offering : OtherOffering, span.Start, span.Widen(before, after), seats);

    private static Gen<SlotRules> RulesGen =>
        from length in Gen.Elements(15, 30, 45, 60, 90, 120)
        from interval in Gen.Elements(5, 10, 15, 30, 60)
        from before in Minutes(0, 5, 15, 30)
        from after in Minutes(0, 10, 15)
        from notice in Minutes(0, 0, 15, 60, 120, 1440)
        from window in Minutes(720, 2 * 1440, 30 * 1440, 30 * 1440, 30 * 1440)
        from isGroup in Gen.Elements(true, false)
        from capacity in Gen.Choose(1, 5)
        select new SlotRules
        {
            OfferingId = Offering,
            Length = Duration.FromMinutes(length),
            Interval = Duration.FromMinutes(interval),
            BufferBefore = before,
            BufferAfter = after,
            MinimumNotice = notice,
            BookingWindow = window,
            IsGroup = isGroup,
            Capacity = isGroup ? capacity : 1,
        };

    private static Gen<SlotScenario> Generate(string[] zoneIds, bool obstacles) =>
        from zoneId in Gen.Elements(zoneIds)
        from anchor in Gen.Elements(Anchors)
        let origin = anchor.AtMidnight().InUtc().ToInstant()
        from weekly in Gen.Choose(3, 14).SelectMany(n => Gen.ArrayOf(Gen.Elements(AllDays.ToArray()).Zip(Hours, (d, h) => new WeeklyWindow(d, h)), n))
        from overrides in obstacles
            ? Up(2, Gen.Choose(-1, 3).Zip(Up(2, Hours), (days, hours) => new DateOverride(anchor.PlusDays(days), hours)))
            : Gen.Constant(Array.Empty<DateOverride>())
        from rules in RulesGen
        from blackouts in obstacles ? Up(2, Span(origin, 24)) : Gen.Constant(Array.Empty<InstantRange>())
        from busy in obstacles ? Up(4, Span(origin, 12)) : Gen.Constant(Array.Empty<InstantRange>())
        from bookings in obstacles ? Up(6, Bookings(origin)) : Gen.Constant(Array.Empty<OccupyingBooking>())
        from now in Gen.Choose(-192, 48).Select(q => origin + Duration.FromMinutes(q * 15L))
        from rangeStart in Gen.Choose(0, 192).Select(q => origin + Duration.FromMinutes(q * 15L))
        from rangeLength in Gen.Choose(0, 384).Select(q => Duration.FromMinutes(q * 15L))
        from includeFull in Gen.Elements(true, false)
        let zone = DateTimeZoneProviders.Tzdb[zoneId]
        select new SlotScenario(
            zoneId,
            weekly,
            overrides,
            rules,
            new ProviderCalendar
            {
                ProviderId = ProviderA,
                Hours = new WeeklyAvailability(zone, weekly, overrides),
                Blackouts = blackouts,
                Busy = busy,
                Bookings = bookings,
            },
            new SlotQuery(new InstantRange(rangeStart, rangeStart + rangeLength), now, includeFull));

    public static Arbitrary<SlotScenario> Scenario() => Arb.From(Generate(ZoneIds, obstacles: true));

    public static Arbitrary<TeamScenario> Team() =>
        Arb.From(
            from scenarios in Gen.Three(Generate(ZoneIds, obstacles: true))
            select new TeamScenario(
                scenarios.Item1.Rules,
                scenarios.Item1.Query,
                [
                    scenarios.Item1.Calendar with { ProviderId = ProviderA },
                    scenarios.Item2.Calendar with { ProviderId = ProviderB },
                    scenarios.Item3.Calendar with { ProviderId = ProviderC },
                ]));

    public static Arbitrary<UnobstructedScenario> Unobstructed() =>
        Arb.From(Generate(["UTC", "Asia/Kolkata"], obstacles: false).Select(s => new UnobstructedScenario(s)));
}
