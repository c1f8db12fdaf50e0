using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Features.Notifications.Dispatch;
using Platform.IntegrationTests.Infrastructure;
using Platform.IntegrationTests.WebhookTests;

namespace Platform.IntegrationTests.NotificationTests;

/// <summary>A host that commits but never delivers: a process killed between its commits and its sends.</summary>
public sealed class SilentApp : PlatformApp
{
    public SilentApp()
    {
        Set("Jobs:Enabled", "false");
        Set("Notifications:DispatcherEnabled", "false");
    }
}

/// <summary>Exactly once, across a crash and two instances racing for the same work.</summary>
public sealed class ExactlyOnceTests(SilentApp app) : IClassFixture<SilentApp>
{
    private static bool IsInvite(string message) => message.Contains("BEGIN:VCALENDAR", StringComparison.Ordinal);

    [Fact]
    public async Task A_booking_committed_by_an_instance_that_died_before_sending_is_emailed_and_called_once_by_two_racing_survivors()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var bookings = new Bookings(app);
        var shop = await bookings.ShopAsync();
        var admin = new WebhookAdmin(app, bookings);
        var (_, secret) = await admin.CreateAsync(shop.Org, receiver.Url, "booking.confirmed");
        var offering = await bookings.OfferingAsync(shop);
        var customer = await bookings.Accounts.SignUpAsync();
        var id = (await bookings.HeldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = Guid.NewGuid().ToString() }))["id"]!
            .GetValue<string>();

        // Committed, and nothing went out: the booking's outbox row waits, undispatched.
        Assert.True(await bookings.ScalarAsync<long>(shop.Org,
            "SELECT count(*) FROM outbox_events WHERE booking_id = $1 AND dispatched_at IS NULL", Bookings.IdOf(id)) >= 1);
        Assert.Empty(receiver.Calls);
        Assert.DoesNotContain(Mailbox.To(app, customer.Email), IsInvite);

        (string, string)[] delivering = [("Notifications:DispatcherEnabled", "true"), ("Webhooks:AllowLoopback", "true")];
        await using var one = await SecondInstance.StartAsync(app, delivering);
        await using var two = await SecondInstance.StartAsync(app, delivering);
        await Eventually.TrueAsync(() => receiver.Calls.Count >= 1 && Mailbox.To(app, customer.Email).Any(IsInvite),
            "the confirmation email and the booking.confirmed call");

        // Both survivors go round again (a duplicate would come now), then: one email, one call, signed.
        var tenantId = Catalog.Id(shop.Org.Id, "Organization");
        foreach (var instance in new[] { one, two })
        {
            var dispatcher = instance.Services.GetRequiredService<OutboxDispatcher>();
            var target = dispatcher.Rounds + 2;
            dispatcher.Wake(tenantId);
            await Eventually.TrueAsync(() => dispatcher.Rounds >= target, "two more rounds of each survivor");
        }

        Assert.Single(Mailbox.To(app, customer.Email), IsInvite);
        var call = Assert.Single(receiver.Calls);
        Assert.True(WebhookReceiver.Verifies(call, secret));
        Assert.Equal("booking.confirmed", call.Json["type"]!.GetValue<string>());
        Assert.Equal(0L, await bookings.ScalarAsync<long>(shop.Org,
            "SELECT count(*) FROM outbox_events WHERE booking_id = $1 AND dispatched_at IS NULL", Bookings.IdOf(id)));
    }
}
