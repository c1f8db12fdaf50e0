namespace Platform.Api.Features.Payments.Domain;

/// <summary>
/// How observations of an intent's status combine, whatever order they arrive in: a final status
/// (succeeded, canceled) never changes; an authorization is only followed by a final status; before
/// that, the newer observation wins. So duplicates, late and early events all converge.
/// </summary>
public static class IntentStatuses
{
    public static IntentStatus FromStripe(string? status) =>
        status switch
        {
            "requires_payment_method" => IntentStatus.RequiresPaymentMethod,
            "requires_confirmation" => IntentStatus.RequiresConfirmation,
            "requires_action" => IntentStatus.RequiresAction,
            "processing" => IntentStatus.Processing,
            "requires_capture" => IntentStatus.RequiresCapture,
            "succeeded" => IntentStatus.Succeeded,
            "canceled" => IntentStatus.Canceled,
            _ => IntentStatus.RequiresPaymentMethod,
        };

    public static bool IsFinal(this IntentStatus status) => status is IntentStatus.Succeeded or IntentStatus.Canceled;

    /// <summary>
    /// Whether <paramref name="observed"/> (seen at <paramref name="observedAt"/>) replaces <paramref name="current"/> (last seen
    /// at <paramref name="currentAt"/>).
    /// </summary>
    public static bool Supersedes(IntentStatus current, DateTimeOffset? currentAt, IntentStatus observed, DateTimeOffset observedAt)
    {
        if (current.IsFinal())
            return false;
        if (observed.IsFinal())
            return true;
        if (current == IntentStatus.RequiresCapture)
            return false;
        if (observed == IntentStatus.RequiresCapture)
            return true;
        return currentAt is null || observedAt >= currentAt;
    }
}
