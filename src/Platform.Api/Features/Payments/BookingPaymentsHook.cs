using Hangfire;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Bookings;
using Platform.Api.GraphQL.Errors;
using Platform.Modules.Payments;

namespace Platform.Api.Features.Payments;

/// <summary>The booking flows' view of payments (<see cref="IBookingPayments"/>).</summary>
public sealed class BookingPaymentsHook(PlatformDbContext db, IPaymentGateway gateway, IServiceProvider services, ILogger<BookingPaymentsHook> logger) : IBookingPayments
{
    public async Task<UserError?> CheckCanTakePaymentsAsync(CancellationToken cancellationToken)
    {
        if (!gateway.IsConfigured)
            return new UserError("PAYMENTS_NOT_CONFIGURED", "This platform has no payment provider configured, so paid bookings cannot be taken.");
        var ready = await db.PaymentAccounts.AsNoTracking().AnyAsync(a => a.ChargesEnabled, cancellationToken);
        return ready ? null : new UserError("PAYMENTS_NOT_ENABLED", "This organization cannot take paid bookings until its Stripe account can accept charges (finish payment onboarding).");
    }

    public async Task OnBookingsChangedAsync(IReadOnlyCollection<Guid> bookingIds, bool waitForProvider, CancellationToken cancellationToken)
    {
        var payments = await db.Bookings.AsNoTracking().Where(b => bookingIds.Contains(b.Id) && b.PaymentId != null).Select(b => b.PaymentId!.Value).Distinct().ToListAsync(cancellationToken);
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
