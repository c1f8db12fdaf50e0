namespace Platform.Modules.Payments;

/// <summary>
/// A provider call that failed. <see cref="Code"/> is the provider's error code (e.g.
/// payment_intent_unexpected_state); <see cref="IsTransient"/> says whether trying again may help.
/// The message never carries credentials.
/// </summary>
public sealed class PaymentGatewayException(string code, string message, bool isTransient, Exception? inner = null, int? httpStatus = null)
    : Exception(message, inner)
{
    public string Code { get; } = code;

    public bool IsTransient { get; } = isTransient;

    /// <summary>The provider's HTTP status, when it answered at all.</summary>
    public int? HttpStatus { get; } = httpStatus;

    /// <summary>
    /// The call may have acted without our knowing: a 5xx, a timeout or a lost connection. Stripe saves a 5xx
    /// answer for its idempotency key and replays it, so the same key cannot tell what happened: re-read the
    /// object before trying again. (A 409 or 429 was refused before acting.)
    /// </summary>
    public bool OutcomeUnknown => HttpStatus is null or >= 500;
}
