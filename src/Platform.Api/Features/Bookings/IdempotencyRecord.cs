using Platform.Tenancy;

namespace Platform.Api.Features.Bookings;

/// <summary>
/// A client-supplied idempotency key and what it produced. Keys are scoped to the caller (a user, a
/// guest's email, an integration client) within the organization; the same key with a different
/// request is refused, so a retry can never book something else.
/// </summary>
public sealed class IdempotencyRecord : ITenantOwned
{
    public const int MaxKeyLength = 200;

    public Guid TenantId { get; set; }

    public string Scope { get; set; } = "";

    public string Key { get; set; } = "";

    /// <summary>The mutation that used the key, e.g. holdBooking.</summary>
    public string Operation { get; set; } = "";

    /// <summary>SHA-256 of the normalized request.</summary>
    public string RequestHash { get; set; } = "";

    /// <summary>The booking (or series) created.</summary>
    public Guid ResultId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
