using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.GraphQL.Errors;
using Platform.Api.GraphQL.Execution;
using Platform.Api.Identity;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Api.Features.Bookings.Holds;

/// <summary>Whom a booking is for: an account (with its customer roles here) or a guest's email.</summary>
public sealed record BookingCustomer(Guid? UserId, string? GuestEmail, string? GuestName, IReadOnlyList<string> Roles)
{
    public bool IsGuest => UserId is null;
}
