namespace Platform.Modules.Payments;

/// <summary>A connected account's state: whether it may take charges and receive payouts, and what it still owes.</summary>
public sealed record ConnectedAccount(string Id, bool ChargesEnabled, bool PayoutsEnabled, bool DetailsSubmitted,
    IReadOnlyList<string> Requirements);

/// <summary>A PaymentIntent as the platform needs it. Amounts in minor units.</summary>
public sealed record PaymentIntentInfo
{
    public required string Id { get; init; }

    /// <summary>
    /// Stripe's status: requires_payment_method, requires_confirmation, requires_action, processing,
    /// requires_capture, succeeded, canceled.
    /// </summary>
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

public sealed record NewPaymentIntent(long Amount, string Currency, string DestinationAccount, long ApplicationFee,
    IReadOnlyDictionary<string, string> Metadata, string Description, string IdempotencyKey);

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

public sealed record PayoutInfo(string Id, string Status, long Amount, string Currency, DateTimeOffset? ArrivalDate, string? FailureCode,
    DateTimeOffset Created);

public sealed record TransferReversalInfo(string Id, long Amount, string TransferId);
