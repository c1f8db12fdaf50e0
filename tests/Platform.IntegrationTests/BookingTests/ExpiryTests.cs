using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Features.Bookings.Expiry;
using Platform.IntegrationTests.Infrastructure;
using Platform.Tenancy;

namespace Platform.IntegrationTests.BookingTests;

/// <summary>Holds and host confirmations run out: free at once in every query, written down by the job.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ExpiryTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    private static string Key() => Guid.NewGuid().ToString();

    [Fact]
    public async Task A_hold_past_its_timeout_is_free_in_slots_and_bookable_by_someone_else_at_once()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 3000);
        var first = await _bookings.Accounts.SignUpAsync();
        var second = await _bookings.Accounts.SignUpAsync();
        var start = Bookings.Slot();
        var held = await _bookings.HeldAsync(shop, first.Token, new { offeringId = offering, start, idempotencyKey = Key() });
        Assert.DoesNotContain(start, await StartsAsync(shop, offering, start));
        Assert.Equal("SLOT_UNAVAILABLE", Bookings.ErrorCode(await _bookings.HoldAsync(shop, second.Token, new { offeringId = offering, start, idempotencyKey = Key() }), "holdBooking"));

        using (app.Clock.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(1)))
        {
            Assert.Contains(start, await StartsAsync(shop, offering, start));
            Assert.Equal("EXPIRED", (await _bookings.BookingAsync(shop, first.Token, held["id"]!.GetValue<string>()))!["status"]!.GetValue<string>());
            var taken = await _bookings.HeldAsync(shop, second.Token, new { offeringId = offering, start, idempotencyKey = Key() });
            Assert.Equal("HELD", taken["status"]!.GetValue<string>());

            // Writing the new hold closed the old one first, with its event.
            var old = await _bookings.BookingAsync(shop, first.Token, held["id"]!.GetValue<string>());
            var expired = old!["events"]!.AsArray()[^1]!;
            Assert.Equal(("HELD", "EXPIRED", "SYSTEM"), (expired["from"]!.GetValue<string>(), expired["to"]!.GetValue<string>(), expired["actor"]!.GetValue<string>()));
            Assert.Equal("CANCELED", old["paymentStatus"]!.GetValue<string>());
            Assert.Equal("Expired", await _bookings.ScalarAsync<string>(shop.Org, "SELECT status FROM bookings WHERE id = $1", Bookings.IdOf(held["id"]!.GetValue<string>())));
        }
    }

    [Fact]
    public async Task The_expiry_job_marks_an_expired_hold_expired_with_one_event_and_leaves_live_holds_alone()
    {
        var shop = await _bookings.ShopAsync();
        await _bookings.GraphQL.SendAsync("mutation { updateBookingSettings(input: { holdMinutes: 10 }) { userErrors { code } } }", null, shop.Org.Owner.Token, shop.Org.Slug);
        var offering = await _bookings.OfferingAsync(shop, price: 3000);
        var customer = await _bookings.Accounts.SignUpAsync();
        var stale = (await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(0), idempotencyKey = Key() }))["id"]!.GetValue<string>();
        string live;
        using (app.Clock.Advance(TimeSpan.FromMinutes(6)))
        {
            live = (await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(1), idempotencyKey = Key() }))["id"]!.GetValue<string>();
        }

        using (app.Clock.Advance(TimeSpan.FromMinutes(11)))
        {
            await RunJobAsync();
            await RunJobAsync();
        }

        Assert.Equal("Expired", await _bookings.ScalarAsync<string>(shop.Org, "SELECT status FROM bookings WHERE id = $1", Bookings.IdOf(stale)));
        Assert.Equal("Canceled", await _bookings.ScalarAsync<string>(shop.Org, "SELECT payment_status FROM bookings WHERE id = $1", Bookings.IdOf(stale)));
        Assert.Equal(1L, await _bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM booking_events WHERE booking_id = $1 AND to_status = 'Expired' AND actor_kind = 'System'", Bookings.IdOf(stale)));
        Assert.Equal("Held", await _bookings.ScalarAsync<string>(shop.Org, "SELECT status FROM bookings WHERE id = $1", Bookings.IdOf(live)));
    }

    [Fact]
    public async Task A_host_who_stays_silent_past_the_deadline_lets_the_booking_expire_and_the_slot_go()
    {
        var shop = await _bookings.ShopAsync();
        await _bookings.GraphQL.SendAsync("mutation { updateBookingSettings(input: { confirmationMinutes: 60 }) { userErrors { code } } }", null, shop.Org.Owner.Token, shop.Org.Slug);
        var offering = await _bookings.OfferingAsync(shop, extra: new { requiresConfirmation = true });
        var customer = await _bookings.Accounts.SignUpAsync();
        var start = Bookings.Slot();
        var id = (await _bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start, idempotencyKey = Key() }))["id"]!.GetValue<string>();

        using (app.Clock.Advance(TimeSpan.FromMinutes(61)))
        {
            Assert.Equal("EXPIRED", (await _bookings.BookingAsync(shop, customer.Token, id))!["status"]!.GetValue<string>());
            Assert.Equal("ILLEGAL_TRANSITION", Bookings.ErrorCode(await _bookings.ActAsync(shop, shop.ProviderPerson.Token, "confirmBooking", id), "confirmBooking"));
            Assert.Contains(start, await StartsAsync(shop, offering, start));
            await RunJobAsync();
        }
        Assert.Equal(1L, await _bookings.ScalarAsync<long>(shop.Org, "SELECT count(*) FROM booking_events WHERE booking_id = $1 AND from_status = 'AwaitingHost' AND to_status = 'Expired'", Bookings.IdOf(id)));
    }

    [Fact]
    public async Task Booking_settings_are_validated_and_changed_by_administrators_only()
    {
        var shop = await _bookings.ShopAsync();
        var bad = await _bookings.GraphQL.SendAsync("mutation { updateBookingSettings(input: { holdMinutes: 0, confirmationMinutes: 2 }) { settings { holdMinutes } userErrors { code } } }", null, shop.Org.Owner.Token, shop.Org.Slug);
        Assert.Equal(["INVALID_HOLD_MINUTES", "INVALID_CONFIRMATION_MINUTES"], bad.Get("updateBookingSettings.userErrors").AsArray().Select(e => e!["code"]!.GetValue<string>()));
        var denied = await _bookings.GraphQL.SendAsync("mutation { updateBookingSettings(input: { holdMinutes: 5 }) { userErrors { code } } }", null, shop.ProviderPerson.Token, shop.Org.Slug);
        Assert.NotNull(denied.Errors);
        var settings = await _bookings.GraphQL.SendAsync("{ bookingSettings { holdMinutes confirmationMinutes waitlistOfferMinutes } }", null, null, shop.Org.Slug);
        Assert.Equal(30, settings.Get("bookingSettings.holdMinutes").GetValue<int>());
        Assert.Equal(2880, settings.Get("bookingSettings.confirmationMinutes").GetValue<int>());
    }

    private async Task<List<DateTimeOffset>> StartsAsync(Bookings.Shop shop, string offering, DateTimeOffset day) =>
        Catalog.Starts(await _bookings.Catalog.SlotsAsync(shop.Org, new { offeringId = offering, from = DateOnly.FromDateTime(day.UtcDateTime), to = DateOnly.FromDateTime(day.UtcDateTime), timeZone = "UTC" }));

    /// <summary>Runs the recurring job the way Hangfire does: a scope with no tenant; it visits every organization itself.</summary>
    private async Task RunJobAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change((Guid?)null))
        {
            await scope.ServiceProvider.GetRequiredService<ExpireBookingsJob>().RunAsync(CancellationToken.None);
        }
    }
}
