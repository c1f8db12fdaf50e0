using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Bookings.Data;
using Platform.Api.Features.Bookings.Domain;
using Platform.Api.Features.Bookings.Holds;
using Platform.Api.Features.Bookings.Lifecycle;
using Platform.Api.Features.Bookings.Queries;
using Platform.Api.Features.Bookings.Settings;
using Platform.Api.Features.Pricing.Domain;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Api.GraphQL.Relay;

namespace Platform.Api.Features.Bookings.Carts;

/// <summary>
/// Carts: several holds under one expiry and one total, for one payment. A cart is its customer's
/// alone; every hold put in it expires with it; abandoning it releases them all.
/// </summary>
public sealed class CartService(
    PlatformDbContext db,
    BookingCustomers customers,
    BookingSettingsService settings,
    IBookingPayments payments,
    TimeProvider clock
)
{
    public async Task<CartPayload> CreateAsync(
        PlatformUserContext caller,
        string? guestEmail,
        string? customerEmail,
        CancellationToken cancellationToken
    )
    {
        if (caller.Tenant is null)
            return Fail("ORGANIZATION_REQUIRED", "Use the organization's address, /t/{slug}/graphql.");
        var (customer, error) = await customers.ResolveForCartAsync(caller, customerEmail, guestEmail, cancellationToken);
        if (customer is null)
            return new CartPayload(null) { UserErrors = [error!] };
        var now = clock.GetDatabaseNow();
        var cart = new Cart
        {
            Id = Guid.CreateVersion7(),
            CustomerUserId = customer.UserId,
            GuestEmail = customer.GuestEmail,
            Status = CartStatus.Open,
            ExpiresAt = now.AddMinutes((await settings.GetAsync(cancellationToken)).HoldMinutes),
            CreatedAt = now,
        };
        db.Carts.Add(cart);
        await db.SaveChangesAsync(cancellationToken);
        return new CartPayload(cart);
    }

    /// <summary>The customer's open, unexpired cart with this id, or why it cannot take holds.</summary>
    public async Task<(Cart? Cart, UserError? Error)> FindOpenAsync(
        string cartId,
        BookingCustomer customer,
        CancellationToken cancellationToken
    )
    {
        var id = GlobalId.TryDecode(cartId, CartType.TypeName);
        var cart = id is null ? null : await db.Carts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (cart is null || !Owns(cart, customer))
            return (null, new UserError("NOT_FOUND", "No such cart of yours here.", "cartId"));
        return EffectiveStatus(cart, clock.GetDatabaseNow()) == CartStatus.Open ? (cart, null) : (null, Closed(cart));
    }

    /// <summary>
    /// Inside the hold's transaction: locks the cart, checks it is still open, and fixes its currency
    /// with its first paid item (every paid item of one payment must share it).
    /// </summary>
    public async Task<UserError?> AdmitAsync(Guid cartId, PriceQuote price, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM carts WHERE id = {cartId} FOR UPDATE", cancellationToken);
        var cart = await db.Carts.SingleAsync(c => c.Id == cartId, cancellationToken);
        if (EffectiveStatus(cart, now) != CartStatus.Open)
            return Closed(cart);
        if (price.Amount == 0)
            return null;
        if (cart.Currency is { } currency && currency != price.Currency)
            return new UserError("CURRENCY_MISMATCH", $"This cart is paid in {currency}; this item costs {price.Currency}.", "cartId");
        if (cart.Currency is null)
        {
            cart.Currency = price.Currency;
            await db.SaveChangesAsync(cancellationToken);
        }
        return null;
    }

    /// <summary>Gives the cart up: every hold in it is released (CANCELLED) at once.</summary>
    public async Task<CartPayload> AbandonAsync(PlatformUserContext caller, string cartId, CancellationToken cancellationToken)
    {
        var id = GlobalId.TryDecode(cartId, CartType.TypeName);
        var cart = id is null ? null : await db.Carts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (cart is null || !MayManage(caller, cart))
            return Fail("NOT_FOUND", "No such cart of yours here.", "cartId");
        var now = clock.GetDatabaseNow();
        if (EffectiveStatus(cart, now) != CartStatus.Open)
            return new CartPayload(null) { UserErrors = [Closed(cart)] };

        await using var transaction = await db.BeginBookingTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM carts WHERE id = {cart.Id} FOR UPDATE", cancellationToken);
        var tracked = await db.Carts.SingleAsync(c => c.Id == cart.Id, cancellationToken);
        if (tracked.Status != CartStatus.Open)
            return new CartPayload(null) { UserErrors = [Closed(tracked)] };
        // Expired holds are left to expire; live ones are released now.
        var holds = await db
            .Bookings.FromSql(
                $"""
                SELECT * FROM bookings WHERE cart_id = {cart.Id} AND status = 'Held' AND hold_expires_at > {now.ToUniversalTime()}
                    ORDER BY id FOR UPDATE
                """
            )
            .ToListAsync(cancellationToken);
        foreach (var hold in holds)
        {
            hold.PaymentStatus = hold.PaymentStatus.OnExit();
            hold.CancelledAt = now;
            hold.RefundPercent = 0;
            hold.RefundAmount = 0;
            db.BookingEvents.Add(
                BookingLog.Transition(hold, BookingStatus.Cancelled, BookingActor.Customer, caller.UserId, "The cart was abandoned.", now)
            );
        }
        tracked.Status = CartStatus.Abandoned;
        tracked.ClosedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (holds.Count > 0)
            await payments.OnBookingsChangedAsync([.. holds.Select(h => h.Id)], waitForProvider: true, cancellationToken);
        return new CartPayload(tracked);
    }

    /// <summary>Open carts whose time ran out become EXPIRED (their holds expire by the same clock).</summary>
    public async Task<int> CloseExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        await db
            .Carts.Where(c => c.Status == CartStatus.Open && c.ExpiresAt <= now)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, CartStatus.Expired).SetProperty(c => c.ClosedAt, now), cancellationToken);

    /// <summary>The status as of <paramref name="now"/>: an open cart past its expiry is expired at once.</summary>
    public static CartStatus EffectiveStatus(Cart cart, DateTimeOffset now) =>
        cart.Status == CartStatus.Open && cart.ExpiresAt <= now ? CartStatus.Expired : cart.Status;

    /// <summary>The cart's customer, or staff of the organization.</summary>
    public static bool MayManage(PlatformUserContext caller, Cart cart) =>
        (caller.UserId is { } userId && cart.CustomerUserId == userId) || BookingAccess.SeesAll(caller);

    private static bool Owns(Cart cart, BookingCustomer customer) =>
        customer.UserId is { } userId
            ? cart.CustomerUserId == userId
            : cart.CustomerUserId is null && cart.GuestEmail == customer.GuestEmail;

    private static UserError Closed(Cart cart) => new("CART_CLOSED", $"This cart is {CartStatusName(cart)}; start a new one.", "cartId");

    private static string CartStatusName(Cart cart) =>
        cart.Status == CartStatus.Open ? "expired" : cart.Status.ToString().ToLowerInvariant();

    private static CartPayload Fail(string code, string message, string? field = null) =>
        new(null) { UserErrors = [new UserError(code, message, field)] };
}
