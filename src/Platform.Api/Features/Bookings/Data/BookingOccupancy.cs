using System.Linq.Expressions;

namespace Platform.Api.Features.Bookings.Data;

/// <summary>
/// The one rule for "this booking occupies its slot": confirmed, held with a hold that has not expired,
/// or awaiting a host whose deadline has not passed. A booking whose time ran out frees its slot at
/// once, before any job closes it.
/// </summary>
public static class BookingOccupancy
{
    /// <summary>The statuses that can occupy a slot, as SQL for partial indexes and the exclusion constraint.</summary>
    public const string ActiveStatusesSql = "status IN ('Held','AwaitingHost','Confirmed')";

    public static Expression<Func<Booking, bool>> OccupiesAt(DateTimeOffset now) =>
        b => b.Status == BookingStatus.Confirmed
            || (b.Status == BookingStatus.Held && b.HoldExpiresAt > now)
            || (b.Status == BookingStatus.AwaitingHost && (b.ConfirmationExpiresAt == null || b.ConfirmationExpiresAt > now));

    /// <summary>Occupying, or taken place (completed, no-show): what an agenda or utilization counts as booked.</summary>
    public static Expression<Func<Booking, bool>> BookedAt(DateTimeOffset now) =>
        Or(b => b.Status == BookingStatus.Completed || b.Status == BookingStatus.NoShow, OccupiesAt(now));

    /// <summary>No longer holding its place: ended states, or a hold or confirmation whose time ran out.</summary>
    public static Expression<Func<Booking, bool>> FreedAt(DateTimeOffset now)
    {
        var occupies = OccupiesAt(now);
        return Expression.Lambda<Func<Booking, bool>>(Expression.Not(occupies.Body), occupies.Parameters);
    }

    /// <summary>A customer's history: ended, or no longer holding its place.</summary>
    public static Expression<Func<Booking, bool>> PastAt(DateTimeOffset now) => Or(b => b.EndsAt <= now, FreedAt(now));

    private static Expression<Func<Booking, bool>> Or(Expression<Func<Booking, bool>> left, Expression<Func<Booking, bool>> right)
    {
        var parameter = left.Parameters[0];
        var rightBody = new Rebind(right.Parameters[0], parameter).Visit(right.Body);
        return Expression.Lambda<Func<Booking, bool>>(Expression.OrElse(left.Body, rightBody), parameter);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }

    /// <summary>The same rule in memory; a test holds it equal to <see cref="OccupiesAt"/>.</summary>
    public static bool Occupies(this Booking booking, DateTimeOffset now) =>
        booking.Status == BookingStatus.Confirmed
        || (booking.Status == BookingStatus.Held && booking.HoldExpiresAt > now)
        || (booking.Status == BookingStatus.AwaitingHost && (booking.ConfirmationExpiresAt is null || booking.ConfirmationExpiresAt > now));
}
