using Platform.Tenancy;

namespace Platform.Api.Features.Bookings;

/// <summary>
/// Several holds (different offerings, providers, times) under one expiry and one total, to be paid
/// in one payment. Every hold added takes the cart's expiry; all its paid items share one currency.
/// </summary>
public sealed class Cart : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid? CustomerUserId { get; set; }

    public string? GuestEmail { get; set; }

    public CartStatus Status { get; set; }

    /// <summary>Set by the first paid item; every later paid item must match it.</summary>
    public string? Currency { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
}
