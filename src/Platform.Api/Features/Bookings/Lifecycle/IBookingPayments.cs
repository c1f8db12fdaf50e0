using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Bookings.Lifecycle;

/// <summary>
/// What the booking flows need from payments, without knowing how money moves: whether the
/// organization may take a paid booking, and a call after bookings changed so their payments follow
/// (authorize, capture, release, refund). The payments feature implements it.
/// </summary>
public interface IBookingPayments
{
    /// <summary>Null when the organization can take paid bookings now, else why not.</summary>
    Task<UserError?> CheckCanTakePaymentsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// After a commit that changed these bookings: let their payments catch up. With
    /// <paramref name="waitForProvider"/> (a person is waiting for the answer) the provider is asked now and
    /// the background job only takes over if that fails; otherwise it all runs in the background.
    /// </summary>
    Task OnBookingsChangedAsync(IReadOnlyCollection<Guid> bookingIds, bool waitForProvider, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the authorization paying for this booking is gone or past its capture deadline: a host may not
    /// confirm a booking that would then be unpaid.
    /// </summary>
    Task<bool> AuthorizationLapsedAsync(Guid paymentId, CancellationToken cancellationToken);
}
