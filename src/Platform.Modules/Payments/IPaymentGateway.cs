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

    /// <summary>Why a canceled intent was canceled: <c>automatic</c> when its authorization lapsed, else who asked.</summary>
    public string? CancellationReason { get; init; }

    /// <summary>The latest charge's payment method type (card, klarna, …): how long an authorization may last depends on it.</summary>
    public string? PaymentMethodType { get; init; }

    /// <summary>The transfer of a captured destination charge to the connected account.</summary>
    public string? TransferId { get; init; }
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

public sealed record RefundInfo(string Id, string Status, long Amount, string? PaymentIntentId, string? FailureReason)
{
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    public DateTimeOffset? Created { get; init; }
}

/// <summary>A chargeback as Stripe holds it; <see cref="Fee"/> is what Stripe charged for it (its balance transactions).</summary>
public sealed record DisputeInfo(string Id, string Status, long Amount, string Currency, string? PaymentIntentId, string? Reason, long Fee);

public sealed record PayoutInfo(string Id, string Status, long Amount, string Currency, DateTimeOffset? ArrivalDate, string? FailureCode, DateTimeOffset Created);

public sealed record TransferReversalInfo(string Id, long Amount, string TransferId);

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

    Task<CheckoutSessionInfo> GetCheckoutSessionAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>Every refund of the intent (newest first): how a refund whose answer was lost is found again by its metadata.</summary>
    Task<IReadOnlyList<RefundInfo>> ListRefundsAsync(string paymentIntentId, CancellationToken cancellationToken);

    Task<DisputeInfo> GetDisputeAsync(string disputeId, CancellationToken cancellationToken);

    /// <summary>The connected account's recent payouts (newest first).</summary>
    Task<IReadOnlyList<PayoutInfo>> ListPayoutsAsync(string accountId, CancellationToken cancellationToken);

    /// <summary>Takes back part of a destination charge's transfer from the connected account (a lost dispute).</summary>
    Task<TransferReversalInfo> ReverseTransferAsync(string transferId, long amount, IReadOnlyDictionary<string, string> metadata, string idempotencyKey, CancellationToken cancellationToken);
}

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
