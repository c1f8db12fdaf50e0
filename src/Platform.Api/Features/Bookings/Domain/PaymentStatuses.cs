namespace Platform.Api.Features.Bookings.Domain;

public static class PaymentStatuses
{
    /// <summary>The customer's money is taken or reserved, so a cancellation refunds (or releases) part of it.</summary>
    public static bool HoldsMoney(this PaymentStatus status) =>
        status is PaymentStatus.Authorized or PaymentStatus.Captured or PaymentStatus.PartiallyRefunded or PaymentStatus.Disputed;

    /// <summary>
    /// The payment status once a booking leaves its slot (cancelled, declined, expired): a payment that
    /// was still awaited will never be taken. Money already held stays as it is until the refund moves it.
    /// </summary>
    public static PaymentStatus OnExit(this PaymentStatus status) =>
        status == PaymentStatus.RequiresPayment ? PaymentStatus.Canceled : status;
}
