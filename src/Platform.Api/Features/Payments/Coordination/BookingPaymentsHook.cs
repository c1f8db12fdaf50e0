using Hangfire;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Bookings.Lifecycle;
using Platform.Api.GraphQL.Errors;
using Platform.Modules.Payments;

namespace Platform.Api.Features.Payments.Coordination;

/// <summary>The booking flows' view of payments (<see cref="IBookingPayments"/>).</summary>
public sealed class BookingPaymentsHook(
    PlatformDbContext db,
    IPaymentGateway gateway,
    IServiceProvider services,
    TimeProvider clock,
    ILogger<BookingPaymentsHook> logger
) : IBookingPayments
{
    public async Task<UserError?> CheckCanTakePaymentsAsync(CancellationToken cancellationToken)
    {
        if (!gateway.IsConfigured)
            return new UserError(
                "PAYMENTS_NOT_CONFIGURED",
                "This platform has no payment provider configured, so paid bookings cannot be taken."
            );
        var account = await db.PaymentAccounts.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (account?.DeauthorizedAt is not null)
            return new UserError(
                "PAYMENTS_DISCONNECTED",
                "This organization disconnected its Stripe account from the platform, so paid bookings cannot be taken."
            );
        return account is { ChargesEnabled: true }
            ? null
            : new UserError(
                "PAYMENTS_NOT_ENABLED",
                "This organization cannot take paid bookings until its Stripe account can accept charges (finish payment onboarding)."
            );
    }

    public async Task<bool> AuthorizationLapsedAsync(Guid paymentId, CancellationToken cancellationToken)
    {
        var payment = await db
            .Payments.AsNoTracking()
            .Where(p => p.Id == paymentId)
            .Select(p => new
            {
                p.Status,
                p.CaptureBefore,
                p.CapturedAt,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (payment is null || payment.CapturedAt is not null)
            return false;
        return payment.Status == Domain.IntentStatus.Canceled
            || (payment.Status == Domain.IntentStatus.RequiresCapture && payment.CaptureBefore <= clock.GetDatabaseNow());
    }

    public async Task OnBookingsChangedAsync(
        IReadOnlyCollection<Guid> bookingIds,
        bool waitForProvider,
        CancellationToken cancellationToken
    )
    {
        var payments = await db
            .Bookings.AsNoTracking()
            .Where(b => bookingIds.Contains(b.Id) && b.PaymentId != null)
            .Select(b => b.PaymentId!.Value)
            .Distinct()
            .ToListAsync(cancellationToken);
        // The job carries the current organization (the tenant job filter) and retries a failed Stripe call.
        var jobs = services.GetService<IBackgroundJobClient>();
        foreach (var payment in payments)
        {
            if (jobs is null || waitForProvider)
            {
                try
                {
                    await using var scope = services.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<PaymentCoordinator>().ConvergeAsync(payment, cancellationToken);
                    continue;
                }
                catch (Exception e) when (jobs is not null && e is not OperationCanceledException)
                {
                    logger.LogWarning("Payment {Payment} could not catch up now ({Error}); a job retries it", payment, e.GetType().Name);
                }
            }
            jobs!.Enqueue<ConvergePaymentJob>(job => job.RunAsync(payment, CancellationToken.None));
        }
    }
}
