using Platform.Tenancy;

namespace Platform.Api.Features.Bookings;

/// <summary>
/// One run of a group offering with one provider at one start. Its row is what concurrent holds lock
/// to count seats atomically, and what a waitlist queues for. Its id is the key its bookings share in
/// the exclusion constraint, so they may overlap each other but nothing else of the provider's.
/// </summary>
public sealed class GroupOccurrence : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid OfferingId { get; set; }

    public Guid ProviderId { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
