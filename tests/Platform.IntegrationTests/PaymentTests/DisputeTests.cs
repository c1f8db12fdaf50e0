using Platform.Api.Features.Payments.Reconciliation;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.PaymentTests;

/// <summary>
/// Disputes on destination charges (rule 8): a lost one takes the organization's share of the chargeback and the
/// dispute fee back from its transfer, and the ledger shows both; a won one reinstates; a dispute of a partially
/// refunded charge takes back no more than the transfer still holds. Reconciliation finds an outcome whose event was lost.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DisputeTests(PlatformApp app)
{
    private readonly Bookings _bookings = new(app);

    private Payments Payments => _bookings.Payments;

    private async Task<(Bookings.Shop Shop, string BookingId, string Intent)> CapturedAsync(long price)
    {
        var shop = await _bookings.ShopAsync();
        var offering = await _bookings.OfferingAsync(shop, price: price);
        var customer = await _bookings.Accounts.SignUpAsync();
        var (held, intent) = await Payments.PaidHoldAsync(_bookings, shop, customer.Token, offering, Bookings.Slot());
        var id = held["id"]!.GetValue<string>();
        await app.Stripe.AuthorizeAsync(intent);
        await Payments.UntilAsync(_bookings, shop, id, "CONFIRMED", "CAPTURED");
        return (shop, id, intent);
    }

    private async Task<System.Text.Json.Nodes.JsonNode> TotalsAsync(Bookings.Shop shop) =>
        (await _bookings.GraphQL.SendAsync("query($f: DateTimeOffset!, $t: DateTimeOffset!) { ledger(from: $f, to: $t) { totals { gross platformFee refunded disputed disputeFees net } } }",
            new { f = DateTimeOffset.UtcNow.AddDays(-1), t = DateTimeOffset.UtcNow.AddDays(1) }, shop.Org.Owner.Token, shop.Org.Slug)).Get("ledger.totals").AsArray()[0]!;

    [Fact]
    public async Task A_lost_dispute_reverses_the_organizations_share_and_fee_from_its_transfer_and_the_ledger_shows_both()
    {
        var (shop, id, intent) = await CapturedAsync(10_000);
        await app.Stripe.DisputeAsync(intent);
        await Payments.UntilAsync(_bookings, shop, id, "CONFIRMED", "DISPUTED");
        await app.Stripe.CloseDisputeAsync(intent, won: false);
        await Payments.UntilAsync(_bookings, shop, id, "CONFIRMED", "REFUNDED");
        await Payments.DrainedAsync();

        var transfer = app.Stripe.TransferOf(intent)!;
        // Transferred 10,000 − 530 = 9,470; the organization's share of the 10,000 disputed is all of it (the fee of 1,500 does not fit).
        await Payments.EventuallyAsync(() => Task.FromResult(transfer.AmountReversed == 9_470), $"the transfer to be reversed (reversed {transfer.AmountReversed})");
        var totals = await TotalsAsync(shop);
        Assert.Equal(9_470, totals["disputed"]!.GetValue<long>());
        Assert.Equal(1_500, totals["disputeFees"]!.GetValue<long>());
        Assert.Equal(0, totals["net"]!.GetValue<long>());
        Assert.Single(Payments.RequestsTo($"/v1/transfers/{transfer.Id}/reversals"));
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task A_won_dispute_reinstates_and_takes_nothing_back()
    {
        var (shop, id, intent) = await CapturedAsync(7_000);
        await app.Stripe.DisputeAsync(intent);
        await Payments.UntilAsync(_bookings, shop, id, "CONFIRMED", "DISPUTED");
        await app.Stripe.CloseDisputeAsync(intent, won: true);
        await Payments.UntilAsync(_bookings, shop, id, "CONFIRMED", "CAPTURED");
        await Payments.DrainedAsync();
        Assert.Equal(0, app.Stripe.TransferOf(intent)!.AmountReversed);
        Assert.Equal(0, (await TotalsAsync(shop))["disputed"]!.GetValue<long>());
        await MoneyInvariants.AssertAsync(app, shop);
    }

    [Fact]
    public async Task A_partially_refunded_charge_that_is_disputed_and_lost_takes_back_the_share_of_what_is_left()
    {
        var (shop, id, intent) = await CapturedAsync(10_000);
        // Half refunded in the Dashboard (no transfer reversal, no fee refund), then disputed for the rest.
        await app.Stripe.RefundOutOfBandAsync(intent, 5_000);
        await Payments.UntilAsync(_bookings, shop, id, "CONFIRMED", "PARTIALLY_REFUNDED");
        using (app.Stripe.Holding())
        {
            // Its outcome's event is lost: reconciliation reads the dispute.
            await app.Stripe.DisputeAsync(intent);
        }
        foreach (var e in app.Stripe.EventsAbout(intent).Where(e => e.Type == "charge.dispute.created")) await app.Stripe.DeliverAsync(e);
        await Payments.UntilAsync(_bookings, shop, id, "CONFIRMED", "DISPUTED");
        using (app.Stripe.Holding()) await app.Stripe.CloseDisputeAsync(intent, won: false);
        using (app.Clock.Advance(TimeSpan.FromMinutes(15)))
        {
            await app.InScopeAsync<ReconcilePaymentsJob>(job => job.RunAsync(CancellationToken.None));
        }
        await Payments.UntilAsync(_bookings, shop, id, "CONFIRMED", "REFUNDED");
        var transfer = app.Stripe.TransferOf(intent)!;
        // The Dashboard refund did not touch the transfer; the 5,000 disputed: its 94.7 % share (4,735) and the fee (1,500).
        await Payments.EventuallyAsync(() => Task.FromResult(transfer.AmountReversed == 6_235), $"the transfer to be reversed (reversed {transfer.AmountReversed})");
        await MoneyInvariants.AssertAsync(app, shop);
    }
}
