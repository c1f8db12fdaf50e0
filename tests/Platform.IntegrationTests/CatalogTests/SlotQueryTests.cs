using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.CatalogTests;

/// <summary>availableSlots end to end: hours, bookings and holds in the bookings table, busy times, blackouts, overrides, groups, any provider.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SlotQueryTests(PlatformApp app)
{
    private const string Zone = "America/New_York";
    private readonly Accounts _accounts = new(app);
    private readonly Catalog _catalog = new(app, new Accounts(app));

    /// <summary>A date ten days out, safely inside notice and booking window.</summary>
    private static readonly DateOnly Day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10));

    private static DateTimeOffset Local(int hour, int minute = 0)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Zone);
        var local = Day.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static object Ask(string offeringId, string? providerId = null, string? timeZone = Zone, int? seats = null, bool? includeFull = null) =>
        new { offeringId, providerId, from = Day.ToString("yyyy-MM-dd"), to = Day.ToString("yyyy-MM-dd"), timeZone, seats, includeFull };

    [Fact]
    public async Task Bookings_unexpired_holds_buffers_and_busy_times_remove_slots_while_expired_holds_and_cancellations_do_not()
    {
        var org = await _accounts.CreateOrganizationAsync(timeZone: Zone);
        var provider = await _catalog.CreateProviderAsync(org, Zone);
        var offering = await _catalog.CreateOfferingAsync(org, new { name = "Consult", durationsMinutes = new[] { 60 }, providerIds = new[] { provider } });
        Assert.Equal(Enumerable.Range(9, 8).Select(h => Local(h)), Catalog.Starts(await _catalog.SlotsAsync(org, Ask(offering))));

        var now = DateTimeOffset.UtcNow;
        await _catalog.InsertBookingsAsync(org,
            new Catalog.BookingRow(offering, provider, Local(10), 60) { BufferAfterMinutes = 30 },
            new Catalog.BookingRow(offering, provider, Local(13), 60) { Status = "Held", HoldExpiresAt = now.AddMinutes(20) },
            new Catalog.BookingRow(offering, provider, Local(14), 60) { Status = "Held", HoldExpiresAt = now.AddMinutes(-1) },
            new Catalog.BookingRow(offering, provider, Local(15), 60) { Status = "Cancelled" });
        await _catalog.InsertBusyAsync(org, provider, Local(16), Local(16, 30));

        // 10:00 booked; its 30-minute after-buffer reaches into 11:00; 13:00 held; 16:00 busy.
        Assert.Equal([Local(9), Local(12), Local(14), Local(15)], Catalog.Starts(await _catalog.SlotsAsync(org, Ask(offering))));
    }

    [Fact]
    public async Task The_offerings_own_buffers_keep_a_gap_around_other_bookings()
    {
        var org = await _accounts.CreateOrganizationAsync(timeZone: Zone);
        var provider = await _catalog.CreateProviderAsync(org, Zone);
        var plain = await _catalog.CreateOfferingAsync(org, new { name = "Plain", durationsMinutes = new[] { 60 }, providerIds = new[] { provider } });
        var buffered = await _catalog.CreateOfferingAsync(org, new { name = "Buffered", durationsMinutes = new[] { 60 }, bufferBeforeMinutes = 15, bufferAfterMinutes = 15, providerIds = new[] { provider } });
        await _catalog.InsertBookingsAsync(org, new Catalog.BookingRow(plain, provider, Local(12), 60));

        // A buffered hour needs 15 minutes free either side: 11:00 and 13:00 touch the 12:00 booking.
        Assert.Equal([Local(9), Local(10), Local(14), Local(15), Local(16)], Catalog.Starts(await _catalog.SlotsAsync(org, Ask(buffered))));
        Assert.Equal([Local(9), Local(10), Local(11), Local(13), Local(14), Local(15), Local(16)], Catalog.Starts(await _catalog.SlotsAsync(org, Ask(plain))));
    }

    [Fact]
    public async Task Group_slots_count_remaining_seats_and_hide_full_occurrences_unless_asked()
    {
        var org = await _accounts.CreateOrganizationAsync(timeZone: Zone);
        var provider = await _catalog.CreateProviderAsync(org, Zone, "09:00", "12:00");
        var workshop = await _catalog.CreateOfferingAsync(org, new { name = "Workshop", kind = "WORKSHOP", format = "GROUP", capacity = 3, durationsMinutes = new[] { 60 }, providerIds = new[] { provider } });
        await _catalog.InsertBookingsAsync(org,
            new Catalog.BookingRow(workshop, provider, Local(9), 60) { Seats = 2, Group = true },
            new Catalog.BookingRow(workshop, provider, Local(10), 60) { Seats = 1, Group = true },
            new Catalog.BookingRow(workshop, provider, Local(10), 60) { Seats = 2, Group = true });

        var open = await _catalog.SlotsAsync(org, Ask(workshop));
        Assert.Equal([Local(9), Local(11)], Catalog.Starts(open));
        Assert.Equal([1, 3], open.Get("availableSlots.slots").AsArray().Select(s => s!["remainingSeats"]!.GetValue<int>()));

        Assert.Equal([Local(9), Local(10), Local(11)], Catalog.Starts(await _catalog.SlotsAsync(org, Ask(workshop, includeFull: true))));
        Assert.Equal([Local(11)], Catalog.Starts(await _catalog.SlotsAsync(org, Ask(workshop, seats: 2))));
    }

    [Fact]
    public async Task Any_provider_offers_the_union_and_names_who_delivers_each_slot()
    {
        var org = await _accounts.CreateOrganizationAsync(timeZone: Zone);
        var morning = await _catalog.CreateProviderAsync(org, Zone, "09:00", "12:00");
        var afternoon = await _catalog.CreateProviderAsync(org, "America/Chicago", "12:00", "15:00");
        var offering = await _catalog.CreateOfferingAsync(org, new { name = "Lesson", kind = "LESSON", durationsMinutes = new[] { 60 }, providerIds = new[] { morning, afternoon } });

        var any = await _catalog.SlotsAsync(org, Ask(offering));
        // Chicago's 12:00–15:00 is New York's 13:00–16:00.
        Assert.Equal([Local(9), Local(10), Local(11), Local(13), Local(14), Local(15)], Catalog.Starts(any));
        Assert.Equal([morning, morning, morning, afternoon, afternoon, afternoon], any.Get("availableSlots.slots").AsArray().Select(s => s!["provider"]!["id"]!.GetValue<string>()));

        Assert.Equal([Local(13), Local(14), Local(15)], Catalog.Starts(await _catalog.SlotsAsync(org, Ask(offering, afternoon))));
    }

    [Fact]
    public async Task Organization_and_provider_blackouts_and_date_overrides_change_the_day()
    {
        var org = await _accounts.CreateOrganizationAsync(timeZone: Zone);
        var provider = await _catalog.CreateProviderAsync(org, Zone);
        var offering = await _catalog.CreateOfferingAsync(org, new { name = "Consult", durationsMinutes = new[] { 60 }, providerIds = new[] { provider } });

        await Mutate(org, "mutation($input: AddBlackoutInput!) { addBlackout(input: $input) { blackout { id } userErrors { code } } }",
            new { input = new { startsAt = Local(9), endsAt = Local(11), reason = "All-hands" } }, "addBlackout");
        await Mutate(org, "mutation($input: AddBlackoutInput!) { addBlackout(input: $input) { blackout { id } userErrors { code } } }",
            new { input = new { providerId = provider, startsAt = Local(15, 30), endsAt = Local(16) } }, "addBlackout");
        Assert.Equal([Local(11), Local(12), Local(13), Local(14), Local(16)], Catalog.Starts(await _catalog.SlotsAsync(org, Ask(offering))));

        await Mutate(org, "mutation($input: SetDateOverrideInput!) { setDateOverride(input: $input) { provider { id } userErrors { code } } }",
            new { input = new { providerId = provider, date = Day.ToString("yyyy-MM-dd"), hours = new[] { new { start = "18:00", end = "20:00" } } } }, "setDateOverride");
        Assert.Equal([Local(18), Local(19)], Catalog.Starts(await _catalog.SlotsAsync(org, Ask(offering))));

        await Mutate(org, "mutation($input: SetDateOverrideInput!) { setDateOverride(input: $input) { provider { id } userErrors { code } } }",
            new { input = new { providerId = provider, date = Day.ToString("yyyy-MM-dd"), hours = Array.Empty<object>() } }, "setDateOverride");
        Assert.Empty(Catalog.Starts(await _catalog.SlotsAsync(org, Ask(offering))));
    }

    [Fact]
    public async Task A_viewer_in_another_zone_gets_the_same_instants_with_local_times_in_their_zone()
    {
        var org = await _accounts.CreateOrganizationAsync(timeZone: Zone);
        var provider = await _catalog.CreateProviderAsync(org, Zone);
        var offering = await _catalog.CreateOfferingAsync(org, new { name = "Consult", durationsMinutes = new[] { 60 }, providerIds = new[] { provider } });

        var kolkata = await _catalog.SlotsAsync(org, new { offeringId = offering, from = Day.AddDays(-1).ToString("yyyy-MM-dd"), to = Day.AddDays(1).ToString("yyyy-MM-dd"), timeZone = "Asia/Kolkata" });
        var sameDay = Catalog.Starts(kolkata).Where(s => s >= Local(0) && s < Local(0).AddDays(1)).ToList();
        Assert.Equal(Catalog.Starts(await _catalog.SlotsAsync(org, Ask(offering))), sameDay);
        Assert.Equal("Asia/Kolkata", kolkata.Get("availableSlots.timeZone").GetValue<string>());
        Assert.All(kolkata.Get("availableSlots.slots").AsArray(), s => Assert.EndsWith("+05:30", s!["localStart"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons", 0, 0, "INVALID_TIME_ZONE")]
    [InlineData(Zone, 3, 0, "INVALID_RANGE")]
    [InlineData(Zone, 0, 62, "RANGE_TOO_LONG")]
    public async Task Bad_questions_get_a_user_error_and_no_slots(string timeZone, int fromOffset, int toOffset, string code)
    {
        var org = await _accounts.CreateOrganizationAsync(timeZone: Zone);
        var provider = await _catalog.CreateProviderAsync(org, Zone);
        var offering = await _catalog.CreateOfferingAsync(org, new { name = "Consult", providerIds = new[] { provider } });
        var result = await _catalog.SlotsAsync(org, new { offeringId = offering, from = Day.AddDays(fromOffset).ToString("yyyy-MM-dd"), to = Day.AddDays(toOffset).ToString("yyyy-MM-dd"), timeZone });
        Assert.Null(result.Errors);
        Assert.Equal(code, result.Get("availableSlots.userErrors")[0]!["code"]!.GetValue<string>());
        Assert.Empty(result.Get("availableSlots.slots").AsArray());
    }

    [Fact]
    public async Task Unknown_offerings_durations_and_providers_are_user_errors_and_wrong_types_are_request_errors()
    {
        var org = await _accounts.CreateOrganizationAsync(timeZone: Zone);
        var provider = await _catalog.CreateProviderAsync(org, Zone);
        var stranger = await _catalog.CreateProviderAsync(org, Zone);
        var offering = await _catalog.CreateOfferingAsync(org, new { name = "Consult", providerIds = new[] { provider } });

        Assert.Equal("NOT_FOUND", Code(await _catalog.SlotsAsync(org, Ask("T2ZmZXJpbmc6bm9wZQ"))));
        Assert.Equal("NOT_FOUND", Code(await _catalog.SlotsAsync(org, Ask(offering, stranger))));
        Assert.Equal("INVALID_DURATION", Code(await _catalog.SlotsAsync(org, new { offeringId = offering, from = Day.ToString("yyyy-MM-dd"), to = Day.ToString("yyyy-MM-dd"), durationMinutes = 45 })));

        var malformed = await _catalog.SlotsAsync(org, new { offeringId = offering, from = "2026-02-30", to = Day.ToString("yyyy-MM-dd") });
        Assert.NotNull(malformed.Errors);
        Assert.Null(malformed.Data);
    }

    private static string Code(GraphQLClient.Response response) => response.Get("availableSlots.userErrors")[0]!["code"]!.GetValue<string>();

    private async Task Mutate(Accounts.Organization org, string query, object variables, string field)
    {
        var result = await _catalog.GraphQL.SendAsync(query, variables, org.Owner.Token, org.Slug);
        Assert.Null(result.Errors);
        Assert.Empty(result.Get($"{field}.userErrors").AsArray());
    }
}
