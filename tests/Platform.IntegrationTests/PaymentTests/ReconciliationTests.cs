using Platform.Api.Features.Payments.Reconciliation;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.PaymentTests;

/// <summary>Reconciliation reads from Stripe what lost events should have told about the account and its payouts (rule 6).</summary>
[Collection(PlatformCollection.Name)]
public sealed class ReconciliationTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    [Fact]
    public async Task A_payout_and_an_account_change_whose_events_never_came_are_found_by_reconciliation()
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: 2_000);
        var customer = await _bookings.Accounts.SignUpAsync();
        var payout = app.Stripe.PayoutSilently(shop.StripeAccountId!, 12_345, status: "failed", failureCode: "account_closed");
        app.Stripe.UpdateAccountSilently(shop.StripeAccountId!, chargesEnabled: false);

        await app.InScopeAsync<ReconcilePaymentsJob>(job => job.RunAsync(CancellationToken.None));

        var payouts = await _bookings.GraphQL.SendAsync("{ payouts { edges { node { stripePayoutId amount status failureCode } } } paymentAccount { chargesEnabled } }", null,
            shop.Org.Owner.Token, shop.Org.Slug);
        var node = Assert.Single(payouts.Get("payouts.edges").AsArray())!["node"]!;
        Assert.Equal((12_345L, "failed", "account_closed"), (node["amount"]!.GetValue<long>(), node["status"]!.GetValue<string>(), node["failureCode"]!.GetValue<string>()));
        Assert.False(payouts.Get("paymentAccount.chargesEnabled").GetValue<bool>());
        var hold = await _bookings.HoldAsync(shop, customer.Token, new { offeringId = offering, start = Bookings.Slot(), idempotencyKey = Guid.NewGuid().ToString() });
        Assert.Equal("PAYMENTS_NOT_ENABLED", Bookings.ErrorCode(hold, "holdBooking"));
        Assert.Equal(payout.Id, node["stripePayoutId"]!.GetValue<string>());
        await MoneyInvariants.AssertAsync(app, shop);
    }
}
