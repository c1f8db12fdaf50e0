using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Modules.Payments;

namespace Platform.Api.Features.Payments.Coordination;

/// <summary>
/// What Stripe is asked after a decision, by the worker that took the lease, and how an unknown outcome is
/// settled. Stripe saves the first answer for an idempotency key once it starts executing — a 5xx too — and
/// replays it for about 24 hours (https://docs.stripe.com/api/idempotent_requests), so after a 5xx or a
/// timeout the same key cannot tell what happened: the object is read back from Stripe, and only when the
/// read shows the action did not happen is it asked again under the next key generation.
/// </summary>
public sealed partial class PaymentCoordinator
{

    private async Task PerformAsync(Work work, CancellationToken cancellationToken)
    {
        try
        {
            switch (work)
            {
                case CaptureWork capture:
                    await CaptureAsync(capture, cancellationToken);
                    break;
                case CancelWork cancel:
                    await CancelAsync(cancel.PaymentId, cancel.IntentId, cancel.Generation, cancel.Uncertain, cancellationToken);
                    break;
                case ExpireCheckoutWork expire:
                    var expired = await gateway.ExpireCheckoutSessionAsync(
                        expire.SessionId,
                        $"expire:{expire.PaymentId:N}",
                        cancellationToken
                    );
                    if (expired.Status == "expired" && expired.PaymentIntentId is null)
                        await ObserveAsync(
                            expire.PaymentId,
                            new PaymentIntentInfo { Id = expire.SessionId, Status = "canceled" },
                            clock.GetDatabaseNow(),
                            releaseLease: true,
                            cancellationToken
                        );
                    // Otherwise it completed: the lease keeps others from asking again until its event arrives.
                    break;
                case RefundWork refund:
                    await RefundAsync(refund, cancellationToken);
                    break;
                case ReversalWork reversal:
                    await ReverseAsync(reversal, cancellationToken);
                    break;
            }
        }
        catch (PaymentGatewayException e) when (e.Code == "payment_intent_unexpected_state" && work is CaptureWork or CancelWork)
        {
            // Someone (Stripe, the dashboard, an earlier run) moved the intent on: take its state as it is.
            await RefreshAsync(work.PaymentId, cancellationToken);
            await ReleaseLeaseAsync(work, cancellationToken);
        }
        catch (PaymentGatewayException e) when (e.Code == "charge_expired_for_capture" && work is CaptureWork expiredCapture)
        {
            // The authorization lapsed before Stripe cancelled it: release it, and its bookings follow the lapse rule.
            logger.LogWarning("The authorization of payment {Payment} lapsed before its capture; releasing it", expiredCapture.PaymentId);
            await CancelAsync(
                expiredCapture.PaymentId,
                expiredCapture.IntentId,
                expiredCapture.Generation,
                uncertain: false,
                cancellationToken
            );
        }
        catch (PaymentGatewayException e) when (!e.IsTransient && work is ExpireCheckoutWork expire)
        {
            // The session is no longer open (it completed a moment ago): its checkout.session.completed event carries on.
            logger.LogInformation(
                "Checkout session of payment {Payment} could not be expired ({Code}); waiting for its completion",
                expire.PaymentId,
                e.Code
            );
        }
        catch (PaymentGatewayException e) when (!e.IsTransient)
        {
            // Asking again would get the same answer: a person has to look (the lease keeps workers from retrying at once).
            logger.LogWarning("Stripe refused {Work} for payment {Payment}: {Code}", work.GetType().Name, work.PaymentId, e.Code);
            await RefusedAsync(work, e, cancellationToken);
        }
        catch (PaymentGatewayException)
        {
            // Free the lease at once so a retry (the job's, or reconciliation's) may ask again.
            await ReleaseLeaseAsync(work, cancellationToken);
            throw;
        }
    }

    private async Task CaptureAsync(CaptureWork capture, CancellationToken cancellationToken)
    {
        var generation = capture.Generation;
        if (capture.Uncertain)
        {
            if (!await StillAsync(capture.PaymentId, capture.IntentId, "requires_capture", cancellationToken))
                return;
            generation = await NextGenerationAsync(capture.PaymentId, cancellationToken);
        }
        for (var tries = 0; ; tries++)
        {
            try
            {
                var answer = await gateway.CapturePaymentIntentAsync(
                    capture.IntentId,
                    capture.Amount,
                    capture.Fee,
                    Key("capture", capture.PaymentId, generation),
                    cancellationToken
                );
                await ObserveAsync(capture.PaymentId, answer, clock.GetDatabaseNow(), releaseLease: true, cancellationToken);
                return;
            }
            catch (PaymentGatewayException e) when (e.OutcomeUnknown)
            {
                await MarkUncertainAsync(capture.PaymentId, cancellationToken);
                if (!await StillAsync(capture.PaymentId, capture.IntentId, "requires_capture", cancellationToken))
                    return;
                generation = await NextGenerationAsync(capture.PaymentId, cancellationToken);
                if (tries > 0)
                    throw;
            }
        }
    }

    private async Task CancelAsync(Guid paymentId, string intentId, int generation, bool uncertain, CancellationToken cancellationToken)
    {
        if (uncertain)
        {
            if (!await StillAsync(paymentId, intentId, null, cancellationToken))
                return;
            generation = await NextGenerationAsync(paymentId, cancellationToken);
        }
        for (var tries = 0; ; tries++)
        {
            try
            {
                var answer = await gateway.CancelPaymentIntentAsync(intentId, Key("cancel", paymentId, generation), cancellationToken);
                await ObserveAsync(paymentId, answer, clock.GetDatabaseNow(), releaseLease: true, cancellationToken);
                return;
            }
            catch (PaymentGatewayException e) when (e.OutcomeUnknown)
            {
                await MarkUncertainAsync(paymentId, cancellationToken);
                if (!await StillAsync(paymentId, intentId, null, cancellationToken))
                    return;
                generation = await NextGenerationAsync(paymentId, cancellationToken);
                if (tries > 0)
                    throw;
            }
        }
    }

    /// <summary>
    /// Reads the intent back and records it. True when the action did not happen: the intent is still
    /// <paramref name="waitingIn"/> (or, with null, not yet final). A failed read leaves the call uncertain.
    /// </summary>
    private async Task<bool> StillAsync(Guid paymentId, string intentId, string? waitingIn, CancellationToken cancellationToken)
    {
        var seen = await gateway.GetPaymentIntentAsync(intentId, cancellationToken);
        await ObserveAsync(paymentId, seen, clock.GetDatabaseNow(), releaseLease: false, cancellationToken);
        var still = waitingIn is null ? seen.Status is not ("succeeded" or "canceled") : seen.Status == waitingIn;
        if (!still)
            await ReleaseLeaseAsync(paymentId, cancellationToken);
        return still;
    }

    private async Task RefusedAsync(Work work, PaymentGatewayException e, CancellationToken cancellationToken)
    {
        if (work is RefundWork refused)
        {
            await RecordRefundAsync(
                refused.RefundId,
                new RefundInfo("", "failed", refused.Amount, refused.IntentId, e.Code),
                clock.GetDatabaseNow(),
                cancellationToken,
                releaseLease: true
            );
            return;
        }
        var what = work.GetType().Name.Replace("Work", "", StringComparison.Ordinal).ToLowerInvariant();
        if (work is ReversalWork reversal)
            await db
                .PaymentDisputes.Where(d => d.Id == reversal.DisputeId)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.ReversalId, "refused:" + e.Code), cancellationToken);
        else
            await RefreshAsync(work.PaymentId, cancellationToken);
        await db
            .Payments.Where(p => p.Id == work.PaymentId)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.Flag, $"Stripe refused the {what}: {e.Code}."), cancellationToken);
    }

    /// <summary>The idempotency key of an action: the first generation keeps the plain key, later ones add their number.</summary>
    private static string Key(string action, Guid id, int generation) => Key($"{action}:{id:N}", 0, generation, plain: true);

    private static string Key(string prefix, int sequence, int generation, bool plain = false)
    {
        var key = plain ? prefix : $"{prefix}:{sequence}";
        return generation == 0 ? key : $"{key}:g{generation}";
    }

    private async Task MarkUncertainAsync(Guid paymentId, CancellationToken cancellationToken) =>
        await db
            .Payments.Where(p => p.Id == paymentId)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.CallUncertain, true), cancellationToken);

    private async Task<int> NextGenerationAsync(Guid paymentId, CancellationToken cancellationToken)
    {
        await db
            .Payments.Where(p => p.Id == paymentId)
            .ExecuteUpdateAsync(
                u => u.SetProperty(p => p.KeyGeneration, p => p.KeyGeneration + 1).SetProperty(p => p.CallUncertain, false),
                cancellationToken
            );
        return await db.Payments.AsNoTracking().Where(p => p.Id == paymentId).Select(p => p.KeyGeneration).SingleAsync(cancellationToken);
    }

    private async Task<int> NextRefundGenerationAsync(Guid refundId, CancellationToken cancellationToken)
    {
        await db
            .PaymentRefunds.Where(r => r.Id == refundId)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.KeyGeneration, r => r.KeyGeneration + 1), cancellationToken);
        return await db
            .PaymentRefunds.AsNoTracking()
            .Where(r => r.Id == refundId)
            .Select(r => r.KeyGeneration)
            .SingleAsync(cancellationToken);
    }

    private async Task ReleaseLeaseAsync(Work work, CancellationToken cancellationToken)
    {
        if (work is RefundWork refund)
            await db
                .PaymentRefunds.Where(r => r.Id == refund.RefundId)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
        else
            await ReleaseLeaseAsync(work.PaymentId, cancellationToken);
    }

    private async Task ReleaseLeaseAsync(Guid paymentId, CancellationToken cancellationToken) =>
        await db
            .Payments.Where(p => p.Id == paymentId)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
}
