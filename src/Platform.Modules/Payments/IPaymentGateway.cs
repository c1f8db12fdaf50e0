namespace Platform.Modules.Payments;

/// <summary>A connected account's state: whether it may take charges and receive payouts, and what it still owes.</summary>
public sealed record ConnectedAccount(string Id, bool ChargesEnabled, bool PayoutsEnabled, bool DetailsSubmitted, IReadOnlyList<string> Requirements);

/// <summary>A PaymentIntent as the platform needs it. Amounts in minor units.</summary>
public sealed record PaymentIntentInfo
{
    public required string Id { get; init; }

    /// <summary>Stripe's status: requires_payment_method, requires_confirmation, requires_action, processing, requires_capture, succeeded, canceled.</summary>
    public required string Status { get; init; }

    public long Amount { get; init; }

    public long AmountCapturable { get; init; }

    public long AmountReceived { get; init; }

    public string Currency { get; init; } = "";

    /// <summary>For the client only; never stored or logged.</summary>
    public string? ClientSecret { get; init; }

    /// <summary>When an uncaptured authorization lapses (the latest charge's card details).</summary>
    public DateTimeOffset? CaptureBefore { get; init; }

    public long AmountRefunded { get; init; }

    public string? Destination { get; init; }

    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>Stripe's error code of the last failed attempt, if any.</summary>
    public string? LastPaymentError { get; init; }
}

public sealed record NewPaymentIntent(long Amount, string Currency, string DestinationAccount, long ApplicationFee, IReadOnlyDictionary<string, string> Metadata, string Description, string IdempotencyKey);

public sealed record CheckoutLine(string Name, long UnitAmount, int Quantity);

public sealed record NewCheckoutSession(
    IReadOnlyList<CheckoutLine> Lines,
    string Currency,
    string DestinationAccount,
    long ApplicationFee,
    IReadOnlyDictionary<string, string> Metadata,
    DateTimeOffset ExpiresAt,
    string SuccessUrl,
    string CancelUrl,
    string? CustomerEmail,
    string IdempotencyKey);

public sealed record CheckoutSessionInfo(string Id, string? Url, string Status, string? PaymentIntentId, DateTimeOffset ExpiresAt);

public sealed record RefundInfo(string Id, string Status, long Amount, string? PaymentIntentId, string? FailureReason);

/// <summary>
/// The payment provider, behind a small interface: Connect onboarding, manual-capture payments with
/// destination charges and platform fees, refunds and hosted checkout. Every call that moves money
/// takes an idempotency key, so a retry never acts twice.
/// </summary>
public interface IPaymentGateway
{
    bool IsConfigured { get; }

    string? PublishableKey { get; }

    Task<ConnectedAccount> CreateConnectedAccountAsync(string? email, IReadOnlyDictionary<string, string> metadata, string idempotencyKey, CancellationToken cancellationToken);

    Task<ConnectedAccount> GetAccountAsync(string accountId, CancellationToken cancellationToken);

    Task<(string Url, DateTimeOffset ExpiresAt)> CreateAccountLinkAsync(string accountId, string refreshUrl, string returnUrl, CancellationToken cancellationToken);

    Task<PaymentIntentInfo> CreatePaymentIntentAsync(NewPaymentIntent request, CancellationToken cancellationToken);

    Task<PaymentIntentInfo> GetPaymentIntentAsync(string paymentIntentId, CancellationToken cancellationToken);

    /// <summary>Captures <paramref name="amount"/> (up to what is capturable); the rest of the authorization is released.</summary>
    Task<PaymentIntentInfo> CapturePaymentIntentAsync(string paymentIntentId, long amount, long applicationFee, string idempotencyKey, CancellationToken cancellationToken);

    Task<PaymentIntentInfo> CancelPaymentIntentAsync(string paymentIntentId, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Refunds part or all of a captured payment, reversing the transfer and the platform fee in proportion.</summary>
    Task<RefundInfo> RefundAsync(string paymentIntentId, long amount, IReadOnlyDictionary<string, string> metadata, string idempotencyKey, CancellationToken cancellationToken);

    Task<RefundInfo> GetRefundAsync(string refundId, CancellationToken cancellationToken);

    Task<CheckoutSessionInfo> CreateCheckoutSessionAsync(NewCheckoutSession request, CancellationToken cancellationToken);

    Task<CheckoutSessionInfo> ExpireCheckoutSessionAsync(string sessionId, string idempotencyKey, CancellationToken cancellationToken);
}

/// <summary>
/// A provider call that failed. <see cref="Code"/> is the provider's error code (e.g.
/// payment_intent_unexpected_state); <see cref="IsTransient"/> says whether trying again may help.
/// The message never carries credentials.
/// </summary>
public sealed class PaymentGatewayException(string code, string message, bool isTransient, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;

    public bool IsTransient { get; } = isTransient;
}
