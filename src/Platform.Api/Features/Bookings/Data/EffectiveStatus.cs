using System.Linq.Expressions;

namespace Platform.Api.Features.Bookings.Data;

/// <summary>
/// Status filters as the clock sees them: HELD means a live hold, AWAITING_HOST a confirmation still
/// within its deadline, and EXPIRED includes rows whose time ran out before the sweep wrote it down.
/// </summary>
public static class EffectiveStatus
{
    public static Expression<Func<Booking, bool>> In(IReadOnlyCollection<BookingStatus> statuses, DateTimeOffset now)
    {
        var held = statuses.Contains(BookingStatus.Held);
        var awaiting = statuses.Contains(BookingStatus.AwaitingHost);
        var expired = statuses.Contains(BookingStatus.Expired);
        var plain = statuses.Where(s => s is not (BookingStatus.Held or BookingStatus.AwaitingHost or BookingStatus.Expired)).ToList();
        return b => plain.Contains(b.Status)
            || (held && b.Status == BookingStatus.Held && b.HoldExpiresAt > now)
            || (awaiting && b.Status == BookingStatus.AwaitingHost && (b.ConfirmationExpiresAt == null || b.ConfirmationExpiresAt > now))
            || (expired && (b.Status == BookingStatus.Expired
                || (b.Status == BookingStatus.Held && b.HoldExpiresAt <= now)
                || (b.Status == BookingStatus.AwaitingHost && b.ConfirmationExpiresAt <= now)));
    }
}
