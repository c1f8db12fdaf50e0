using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Offerings;
using Platform.Api.Features.Organizations.Domain;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Api.Identity;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Api.Features.Bookings.Holds;

/// <summary>
/// Works out the customer of a booking request. A signed-in person books for themselves; staff and
/// integration clients book for someone by email (an account if one exists, else a guest); anonymous
/// callers book as guests where the offering allows guests.
/// </summary>
public sealed class BookingCustomers(PlatformDbContext db, UserManager<User> users)
{
    public Task<(BookingCustomer? Customer, UserError? Error)> ResolveAsync(
        PlatformUserContext caller,
        Offering offering,
        string? customerEmail,
        string? guestEmail,
        string? guestName,
        CancellationToken cancellationToken
    ) => ResolveAsync(caller, offering.AllowsGuests, customerEmail, guestEmail, guestName, cancellationToken);

    /// <summary>The customer of a cart: guests may open one; each hold put in it checks its own offering.</summary>
    public Task<(BookingCustomer? Customer, UserError? Error)> ResolveForCartAsync(
        PlatformUserContext caller,
        string? customerEmail,
        string? guestEmail,
        CancellationToken cancellationToken
    ) => ResolveAsync(caller, true, customerEmail, guestEmail, null, cancellationToken);

    private async Task<(BookingCustomer? Customer, UserError? Error)> ResolveAsync(
        PlatformUserContext caller,
        bool guestsAllowed,
        string? customerEmail,
        string? guestEmail,
        string? guestName,
        CancellationToken cancellationToken
    )
    {
        if (guestName is { Length: > 200 })
            return (null, new UserError("INVALID_NAME", "A guest name is at most 200 characters.", "guestName"));
        if (customerEmail is not null)
        {
            if (caller.StaffRole is null)
                return (null, new UserError("NOT_ALLOWED", "Only staff book on behalf of someone else.", "customerEmail"));
            if (!OrganizationRules.IsEmail(customerEmail))
                return (null, new UserError("INVALID_EMAIL", "That is not an email address.", "customerEmail"));
            var email = Normalize(customerEmail);
            var user = await users.FindByEmailAsync(email);
            return user is null
                ? (new BookingCustomer(null, email, guestName?.Trim(), []), null)
                : (new BookingCustomer(user.Id, null, null, await RolesOfAsync(user.Id, cancellationToken)), null);
        }

        if (caller.UserId is { } userId)
            return (new BookingCustomer(userId, null, null, caller.IsMember ? caller.Membership?.CustomerRoles ?? [] : []), null);
        if (caller.IsAuthenticated)
            return (null, new UserError("CUSTOMER_REQUIRED", "Integration clients name the customer with customerEmail.", "customerEmail"));
        if (guestEmail is null)
            return (
                null,
                new UserError(
                    "SIGN_IN_REQUIRED",
                    guestsAllowed ? "Sign in, or give guestEmail to book as a guest." : "Sign in to book this offering.",
                    "guestEmail"
                )
            );
        if (!guestsAllowed)
            return (null, new UserError("GUESTS_NOT_ALLOWED", "This offering is for signed-in customers only.", "guestEmail"));
        if (!OrganizationRules.IsEmail(guestEmail))
            return (null, new UserError("INVALID_EMAIL", "That is not an email address.", "guestEmail"));
        return (new BookingCustomer(null, Normalize(guestEmail), guestName?.Trim(), []), null);
    }

    /// <summary>A member's customer roles here; none for people without a membership.</summary>
    public async Task<IReadOnlyList<string>> RolesOfAsync(Guid userId, CancellationToken cancellationToken) =>
        await db
            .Memberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Select(m => m.CustomerRoles)
            .SingleOrDefaultAsync(cancellationToken)
        ?? [];

    /// <summary>
    /// Whose retry an idempotency key belongs to: the person or client calling, or the guest's email.
    /// Staff booking for several customers use one scope, so their keys must differ per booking.
    /// </summary>
    public static string IdempotencyScope(PlatformUserContext caller, BookingCustomer customer) =>
        caller.UserId is { } userId ? $"user:{userId:N}"
        : caller.IsAuthenticated ? $"client:{caller.Principal.FindFirstValue(Claims.Subject)}"
        : $"guest:{customer.GuestEmail}";

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
