using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Bookings;
using Platform.Api.Features.Bookings.Carts;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Bookings.GraphQL.Types;
using Platform.Api.Features.Bookings.Queries;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Payments.Checkout;

/// <summary>
/// Finds the booking or cart a payment call is about and checks the caller may pay for it: its customer,
/// staff of the organization, or the guest who holds it (the guest proves it with the email they booked with).
/// </summary>
public sealed class PaymentSubjects(PlatformDbContext db)
{
    public async Task<(PaymentSubject? Subject, UserError? Error)> ResolveAsync(
        PlatformUserContext caller,
        string? bookingId,
        string? cartId,
        string? guestEmail,
        CancellationToken cancellationToken
    )
    {
        if (caller.Tenant is null || caller.TokenTenantMismatch)
            return (null, new UserError("ORGANIZATION_REQUIRED", "Use the organization's address, /t/{slug}/graphql."));
        if ((bookingId is null) == (cartId is null))
            return (
                null,
                new UserError("INVALID_INPUT", "Give exactly one of bookingId and cartId.", bookingId is null ? "bookingId" : "cartId")
            );
        var email = guestEmail?.Trim().ToLowerInvariant();
        if (bookingId is not null)
        {
            var id = GlobalId.TryDecode(bookingId, BookingType.TypeName);
            var booking = id is null ? null : await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
            if (booking is null || !MayPay(caller, booking.CustomerUserId, booking.GuestEmail, email))
                return (null, new UserError("NOT_FOUND", "No such booking of yours here.", "bookingId"));
            if (booking.CartId is not null)
                return (null, new UserError("BOOKING_IN_CART", "This hold is in a cart: pay for the cart.", "bookingId"));
            return (new PaymentSubject(booking.Id, null), null);
        }
        var cartGuid = GlobalId.TryDecode(cartId!, CartType.TypeName);
        var cart = cartGuid is null ? null : await db.Carts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cartGuid, cancellationToken);
        if (cart is null || !MayPay(caller, cart.CustomerUserId, cart.GuestEmail, email))
            return (null, new UserError("NOT_FOUND", "No such cart of yours here.", "cartId"));
        return (new PaymentSubject(null, cart.Id), null);
    }

    /// <summary>Locks the subject's row: concurrent payment calls for one booking or cart take turns.</summary>
    public async Task LockAsync(PaymentSubject subject, CancellationToken cancellationToken)
    {
        if (subject.BookingId is { } booking)
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM bookings WHERE id = {booking} FOR UPDATE", cancellationToken);
        else
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM carts WHERE id = {subject.CartId} FOR UPDATE", cancellationToken);
    }

    /// <summary>The live holds the subject still owes money for, locked, earliest first.</summary>
    public async Task<List<Booking>> DueAsync(PaymentSubject subject, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var utc = now.ToUniversalTime();
        var rows = subject.BookingId is { } booking
            ? db.Bookings.FromSql(
                $"""
                SELECT * FROM bookings WHERE id = {booking} AND status = 'Held' AND hold_expires_at > {utc} AND price_amount > 0 FOR UPDATE
                """
            )
            : db.Bookings.FromSql(
                $"""
                SELECT * FROM bookings WHERE cart_id = {subject.CartId} AND status = 'Held' AND hold_expires_at > {utc}
                    AND price_amount > 0 ORDER BY id FOR UPDATE
                """
            );
        var due = await rows.ToListAsync(cancellationToken);
        // Authorized or taken money is not asked for again.
        return
        [
            .. due.Where(b => b.PaymentStatus is PaymentStatus.RequiresPayment or PaymentStatus.Failed or PaymentStatus.Canceled)
                .OrderBy(b => b.StartsAt)
                .ThenBy(b => b.Id),
        ];
    }

    private static bool MayPay(PlatformUserContext caller, Guid? customerUserId, string? bookedGuestEmail, string? guestEmail)
    {
        if (BookingAccess.SeesAll(caller))
            return true;
        if (customerUserId is not null)
            return caller.UserId == customerUserId;
        return bookedGuestEmail is not null
            && guestEmail is not null
            && string.Equals(bookedGuestEmail, guestEmail, StringComparison.OrdinalIgnoreCase);
    }
}
