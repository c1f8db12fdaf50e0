namespace Platform.Api.Features.Payments.Domain;

/// <summary>A PaymentIntent's status as the platform tracks it (Stripe's, plus Creating before the intent exists).</summary>
public enum IntentStatus
{
    /// <summary>The payment row exists; the intent is being (or was never) created.</summary>
    Creating,
    RequiresPaymentMethod,
    RequiresConfirmation,
    RequiresAction,
    Processing,

    /// <summary>Authorized: the money is reserved until captured or released.</summary>
    RequiresCapture,
    Succeeded,
    Canceled,
}
