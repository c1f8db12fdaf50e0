namespace Platform.Modules.Payments;

/// <summary>
/// A provider event reduced to what the platform acts on, whatever its API version. Only the fields
/// of its kind are set. Amounts in minor units; <see cref="Created"/> is the provider's clock, used to
/// keep an older event from undoing a newer one.
/// </summary>
public sealed record PaymentEvent
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    public required DateTimeOffset Created { get; init; }

    /// <summary>The connected account a Connect event belongs to.</summary>
    public string? AccountId { get; init; }

    public string? ApiVersion { get; init; }

    /// <summary>The id of the event's object (pi_…, ch_…, re_…, dp_…, cs_…, acct_…, po_…).</summary>
    public string? ObjectId { get; init; }

    public string? ObjectType { get; init; }

    /// <summary>The PaymentIntent the object belongs to (itself, its charge, refund, dispute or checkout session).</summary>
    public string? PaymentIntentId { get; init; }

    public string? Status { get; init; }

    public long? Amount { get; init; }

    public long? AmountCapturable { get; init; }

    public long? AmountReceived { get; init; }

    public long? AmountRefunded { get; init; }

    public string? Currency { get; init; }

    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>account.updated.</summary>
    public bool? ChargesEnabled { get; init; }

    public bool? PayoutsEnabled { get; init; }

    public bool? DetailsSubmitted { get; init; }

    public IReadOnlyList<string> Requirements { get; init; } = [];

    /// <summary>payout.*: when the money is expected at the bank.</summary>
    public DateTimeOffset? ArrivalDate { get; init; }

    /// <summary>Why a payment, refund or payout failed, or a dispute's reason.</summary>
    public string? Reason { get; init; }

    /// <summary>checkout.session.*: paid, unpaid, no_payment_required.</summary>
    public string? PaymentStatus { get; init; }

    /// <summary>payment_intent.canceled: <c>automatic</c> when the authorization lapsed.</summary>
    public string? CancellationReason { get; init; }

    /// <summary>Disputes: Stripe's fee, summed over the dispute's balance transactions.</summary>
    public long? DisputeFee { get; init; }
}
