namespace Platform.Modules.Payments;

/// <summary>
/// The payment provider, behind a small interface: Connect onboarding, manual-capture payments with
/// destination charges and platform fees, refunds and hosted checkout. Every call that moves money
/// takes an idempotency key, so a retry never acts twice.
/// </summary>
public interface IPaymentGateway
{
    bool IsConfigured { get; }

    string? PublishableKey { get; }

    Task<ConnectedAccount> CreateConnectedAccountAsync(string? email, IReadOnlyDictionary<string, string> metadata,
        string idempotencyKey, CancellationToken cancellationToken);

    Task<ConnectedAccount> GetAccountAsync(string accountId, CancellationToken cancellationToken);

    Task<(string Url, DateTimeOffset ExpiresAt)> CreateAccountLinkAsync(string accountId, string refreshUrl, string returnUrl,
        CancellationToken cancellationToken);

    Task<PaymentIntentInfo> CreatePaymentIntentAsync(NewPaymentIntent request, CancellationToken cancellationToken);

    Task<PaymentIntentInfo> GetPaymentIntentAsync(string paymentIntentId, CancellationToken cancellationToken);

    /// <summary>Captures <paramref name="amount"/> (up to what is capturable); the rest of the authorization is released.</summary>
    Task<PaymentIntentInfo> CapturePaymentIntentAsync(string paymentIntentId, long amount, long applicationFee, string idempotencyKey,
        CancellationToken cancellationToken);

    Task<PaymentIntentInfo> CancelPaymentIntentAsync(string paymentIntentId, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Refunds part or all of a captured payment, reversing the transfer and the platform fee in proportion.</summary>
    Task<RefundInfo> RefundAsync(string paymentIntentId, long amount, IReadOnlyDictionary<string, string> metadata,
        string idempotencyKey, CancellationToken cancellationToken);

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
    Task<TransferReversalInfo> ReverseTransferAsync(string transferId, long amount, IReadOnlyDictionary<string, string> metadata,
        string idempotencyKey, CancellationToken cancellationToken);
}
