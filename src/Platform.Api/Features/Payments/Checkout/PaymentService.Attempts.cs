using Hangfire;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Payments.Coordination;
using Platform.Api.Features.Payments.Domain;
using Platform.Api.Features.Payments.Webhooks;
using Platform.Api.GraphQL.Errors;
using Platform.Modules.Payments;

namespace Platform.Api.Features.Payments.Checkout;

/// <summary>
/// Attempts a new one superseded or a server error ended, and what Stripe is told about a payment (lines, metadata, email).
/// </summary>
public sealed partial class PaymentService
{
    /// <summary>The attempt a new one replaced: an intent never created is simply over; one created is released.</summary>
    private async Task LetGoAsync(Guid supersededId, CancellationToken cancellationToken)
    {
        var now = clock.GetDatabaseNow();
        var superseded = await db.Payments.AsNoTracking().SingleAsync(p => p.Id == supersededId, cancellationToken);
        if (superseded.PaymentIntentId is null && superseded.CheckoutSessionId is null)
        {
            await db
                .Payments.Where(p => p.Id == superseded.Id && p.Status == IntentStatus.Creating)
                .ExecuteUpdateAsync(
                    u => u.SetProperty(p => p.Status, IntentStatus.Canceled).SetProperty(p => p.UpdatedAt, now),
                    cancellationToken
                );
            return;
        }
        try
        {
            await coordinator.ConvergeAsync(superseded.Id, cancellationToken);
        }
        catch (PaymentGatewayException e)
        {
            // Reconciliation releases it later; the new attempt does not wait for that.
            logger.LogWarning(
                "Releasing superseded payment {Payment} failed at the provider ({Code}); reconciliation retries",
                superseded.Id,
                e.Code
            );
            if (services.GetService<IBackgroundJobClient>() is { } jobs)
                jobs.Enqueue<ConvergePaymentJob>(job => job.RunAsync(superseded.Id, CancellationToken.None));
        }
    }

    /// <summary>
    /// Stripe answered a creation with a 5xx, which it saves for the key and replays to every retry: this attempt can
    /// never get its intent or session, so it ends, and the customer's next try starts attempt n+1 under a new key.
    /// Whatever the failed call may have created was never handed to anyone, so nobody can pay it.
    /// </summary>
    private async Task AbandonAfterServerErrorAsync(Payment payment, PaymentGatewayException e, CancellationToken cancellationToken)
    {
        if (e.HttpStatus is not >= 500 || payment.PaymentIntentId is not null || payment.CheckoutSessionId is not null)
            return;
        await db
            .Payments.Where(p => p.Id == payment.Id && p.PaymentIntentId == null && p.CheckoutSessionId == null)
            .ExecuteUpdateAsync(
                u =>
                    u.SetProperty(p => p.Status, IntentStatus.Canceled)
                        .SetProperty(p => p.FailureCode, "provider_error")
                        .SetProperty(p => p.UpdatedAt, clock.GetDatabaseNow()),
                cancellationToken
            );
    }

    private async Task RecordIntentAsync(Payment payment, string intentId, IntentStatus status, CancellationToken cancellationToken)
    {
        var now = clock.GetDatabaseNow();
        // Routed first: from here on, Stripe's events about it reach this organization.
        await db.RouteAsync(intentId, payment.TenantId, StripeRoutes.PaymentIntent, now, cancellationToken);
        await db
            .Payments.Where(p => p.Id == payment.Id && p.PaymentIntentId == null)
            .ExecuteUpdateAsync(
                u =>
                    u.SetProperty(p => p.PaymentIntentId, intentId)
                        .SetProperty(p => p.Status, status == IntentStatus.Creating ? IntentStatus.RequiresPaymentMethod : status)
                        .SetProperty(p => p.UpdatedAt, now),
                cancellationToken
            );
        // An event about it that overtook this answer waited for the route: it is due now.
        await inbox.WakeWaitingAsync(intentId, cancellationToken);
    }

    private async Task<List<CheckoutLine>> LinesAsync(Guid paymentId, CancellationToken cancellationToken) =>
        await (
            from b in db.Bookings.AsNoTracking()
            join o in db.Offerings.AsNoTracking() on b.OfferingId equals o.Id
            where b.PaymentId == paymentId
            orderby b.StartsAt, b.Id
            select new CheckoutLine(
                o.Name + " · " + b.StartsAt.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture),
                b.PriceAmount,
                1
            )
        ).ToListAsync(cancellationToken);

    private async Task<string?> CustomerEmailAsync(Guid paymentId, CancellationToken cancellationToken)
    {
        var booking = await db
            .Bookings.AsNoTracking()
            .Where(b => b.PaymentId == paymentId)
            .Select(b => new { b.CustomerUserId, b.GuestEmail })
            .FirstAsync(cancellationToken);
        if (booking.GuestEmail is not null)
            return booking.GuestEmail;
        return booking.CustomerUserId is { } userId
            ? await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken)
            : null;
    }

    private static Dictionary<string, string> MetadataOf(Payment payment)
    {
        var metadata = new Dictionary<string, string>
        {
            ["tenant_id"] = payment.TenantId.ToString(),
            ["payment_id"] = payment.Id.ToString(),
            ["attempt"] = payment.Attempt.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (payment.BookingId is { } booking)
            metadata["booking_id"] = booking.ToString();
        if (payment.CartId is { } cart)
            metadata["cart_id"] = cart.ToString();
        return metadata;
    }

    private static string DescriptionOf(PaymentSubject subject) => subject.BookingId is not null ? "Booking" : "Cart";

    private static bool IsReturnUrl(string url) =>
        url.Length <= 2048 && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";

    internal static UserError ProviderError(PaymentGatewayException e) =>
        new(
            "PAYMENT_PROVIDER_ERROR",
            e.IsTransient ? "The payment provider is unavailable right now; try again." : $"The payment provider refused: {e.Message}"
        );

    private static StartPaymentPayload FailStart(UserError error) => new(null, null, null) { UserErrors = [error] };

    private static CheckoutSessionPayload FailCheckout(UserError error) => new(null, null, null) { UserErrors = [error] };
}
