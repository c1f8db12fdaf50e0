using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Features.Payments.Coordination;
using Platform.Api.Features.Payments.Reconciliation;
using Platform.Api.Features.Payments.Webhooks;
using Platform.IntegrationTests.Infrastructure;
using Platform.IntegrationTests.Stripe;

namespace Platform.IntegrationTests.PaymentTests;

/// <summary>Races at one payment, and the reconciliation that repairs what webhooks never said.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PaymentConcurrencyTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    private Payments Payments => _bookings.Payments;

    private async Task DeliverAndProcessAsync(FakeEvent e)
    {
        Assert.Equal(200, await app.Stripe.DeliverAsync(e));
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ProcessStripeEventJob>().RunAsync(e.Id, CancellationToken.None);
    }

    [Fact]
    public async Task Five_confirmations_at_once_make_exactly_one_capture_request()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 9_000, extra: new { requiresConfirmation = true });
        var customer = await _bookings.Accounts.SignUpAsync();
        var (booking, intent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, Bookings.Slot());
        var id = booking["id"]!.GetValue<string>();
        await app.Stripe.AuthorizeAsync(intent);
        await Payments.UntilAsync(_bookings, shop, id, "AWAITING_HOST", "AUTHORIZED");

        var tokens = new[] { shop.ProviderPerson.Token, shop.Org.Owner.Token, shop.ProviderPerson.Token, shop.Org.Owner.Token, shop.ProviderPerson.Token };
        var results = await Task.WhenAll(tokens.Select(t => _bookings.ActAsync(shop, t, "confirmBooking", id)));
        Assert.Single(results, r => r.Get("confirmBooking.userErrors").AsArray().Count == 0);
        await Payments.DrainedAsync();
        await Payments.UntilAsync(_bookings, shop, id, "CONFIRMED", "CAPTURED");
        Assert.Single(Payments.RequestsTo($"/v1/payment_intents/{intent}/capture"));
        Assert.Equal(9_000, app.Stripe.Intent(intent).AmountReceived);
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task Confirmations_racing_the_authorization_webhook_and_its_redeliveries_make_exactly_one_capture_request()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 5_500, extra: new { requiresConfirmation = true });
        var customer = await _bookings.Accounts.SignUpAsync();
        for (var round = 0; round < 5; round++)
        {
            using (app.Stripe.Holding())
            {
                var (booking, intent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, Bookings.Slot(round));
                var id = booking["id"]!.GetValue<string>();
                var authorization = await app.Stripe.AuthorizeAsync(intent);
                var capturable = authorization.Single(e => e.Type == "payment_intent.amount_capturable_updated");
                await DeliverAndProcessAsync(capturable);

                // The host confirms twice while the authorization is redelivered and its charge event arrives.
                var work = new List<Task>
                {
                    _bookings.ActAsync(shop, shop.ProviderPerson.Token, "confirmBooking", id),
                    _bookings.ActAsync(shop, shop.Org.Owner.Token, "confirmBooking", id),
                    DeliverAndProcessAsync(capturable),
                    DeliverAndProcessAsync(capturable),
                    DeliverAndProcessAsync(authorization.Single(e => e.Type == "charge.succeeded")),
                    Task.Run(async () =>
                    {
                        // Reconciliation's re-read, at the same moment.
                        var paymentId = await PaymentIdAsync(shop, id);
                        using var tenant = app.Service<Platform.Tenancy.ICurrentTenant>().Change(Catalog.Id(shop.Org.Id, "Organization"));
                        using var scope = app.Services.CreateScope();
                        var coordinator = scope.ServiceProvider.GetRequiredService<PaymentCoordinator>();
                        await coordinator.RefreshAsync(paymentId, CancellationToken.None);
                        await coordinator.ConvergeAsync(paymentId, CancellationToken.None);
                    }),
                };
                await Task.WhenAll(work);
                foreach (var e in app.Stripe.EventsAbout(intent).Where(e => !authorization.Contains(e))) await DeliverAndProcessAsync(e);

                await Payments.UntilAsync(_bookings, shop, id, "CONFIRMED", "CAPTURED");
                Assert.Single(Payments.RequestsTo($"/v1/payment_intents/{intent}/capture"));
            }
        }
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task Reconciliation_repairs_a_booking_whose_webhooks_never_came()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 2_200);
        var customer = await _bookings.Accounts.SignUpAsync();
        app.Stripe.RefundsSucceedAtOnce = false;
        try
        {
            using (app.Stripe.Holding())
            {
                var (booking, intent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, Bookings.Slot());
                var id = booking["id"]!.GetValue<string>();
                await app.Stripe.AuthorizeAsync(intent);
                // Nothing arrives: the booking still waits for its payment.
                var waiting = await _bookings.BookingAsync(shop, customer.Token, id);
                Assert.Equal(("HELD", "REQUIRES_PAYMENT"), (waiting!["status"]!.GetValue<string>(), waiting["paymentStatus"]!.GetValue<string>()));

                using (app.Clock.Advance(TimeSpan.FromMinutes(11)))
                {
                    await ReconcileAsync();
                    var repaired = await _bookings.BookingAsync(shop, customer.Token, id);
                    Assert.Equal(("CONFIRMED", "CAPTURED"), (repaired!["status"]!.GetValue<string>(), repaired["paymentStatus"]!.GetValue<string>()));
                    Assert.Single(Payments.RequestsTo($"/v1/payment_intents/{intent}/capture"));

                    // A refund whose settlement was never reported is read back too.
                    await _bookings.ActAsync(shop, shop.Org.Owner.Token, "cancelBooking", id);
                    var refund = Assert.Single(app.Stripe.RefundsOf(intent));
                    await app.Stripe.SettleRefundAsync(refund.Id);
                    Assert.Equal("CAPTURED", (await _bookings.BookingAsync(shop, customer.Token, id))!["paymentStatus"]!.GetValue<string>());
                    using (app.Clock.Advance(TimeSpan.FromMinutes(11)))
                    {
                        await ReconcileAsync();
                        Assert.Equal("REFUNDED", (await _bookings.BookingAsync(shop, customer.Token, id))!["paymentStatus"]!.GetValue<string>());

                        // Nothing left unresolved: another run asks Stripe nothing more about it.
                        var asked = app.Stripe.Requests.Count(r => r.Path.Contains(intent, StringComparison.Ordinal) || r.Path.Contains(refund.Id, StringComparison.Ordinal));
                        await ReconcileAsync();
                        Assert.Equal(asked, app.Stripe.Requests.Count(r => r.Path.Contains(intent, StringComparison.Ordinal) || r.Path.Contains(refund.Id, StringComparison.Ordinal)));
                    }
                }
            }
        }
        finally
        {
            app.Stripe.RefundsSucceedAtOnce = true;
        }
        await MoneyInvariants.AssertAsync(app, shop);
    }

    private async Task ReconcileAsync()
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ReconcilePaymentsJob>().RunAsync(CancellationToken.None);
    }

    private async Task<Guid> PaymentIdAsync(Bookings.Shop shop, string bookingId) =>
        await _bookings.ScalarAsync<Guid>(shop.Org, "SELECT payment_id FROM bookings WHERE id = $1", Bookings.IdOf(bookingId));
}
