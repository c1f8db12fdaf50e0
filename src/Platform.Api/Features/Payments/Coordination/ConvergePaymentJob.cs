using Hangfire;

namespace Platform.Api.Features.Payments.Coordination;

/// <summary>
/// Converges one payment in the background (after a host's confirmation, a cancellation, an expiry),
/// under the organization it was enqueued for. Retries quickly: a failed Stripe call is simply asked again
/// with the same idempotency key.
/// </summary>
public sealed class ConvergePaymentJob(PaymentCoordinator coordinator)
{
    [AutomaticRetry(Attempts = 10, DelaysInSeconds = [1, 2, 5, 10, 30, 60, 300, 900, 1800, 3600])]
    public Task RunAsync(Guid paymentId, CancellationToken cancellationToken) => coordinator.ConvergeAsync(paymentId, cancellationToken);
}
