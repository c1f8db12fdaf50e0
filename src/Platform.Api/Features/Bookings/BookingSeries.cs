using Platform.Api.Features.Bookings.Domain;
using Platform.Tenancy;

namespace Platform.Api.Features.Bookings;

/// <summary>A recurring series: the same offering, provider and wall-clock time, N times.</summary>
public sealed class BookingSeries : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid OfferingId { get; set; }

    public Guid ProviderId { get; set; }

    public Guid? CustomerUserId { get; set; }

    public string? GuestEmail { get; set; }

    public RecurrenceFrequency Frequency { get; set; }

    /// <summary>How many occurrences were asked for (some may not have fitted).</summary>
    public int OccurrencesRequested { get; set; }

    public DateTimeOffset FirstStart { get; set; }

    /// <summary>The zone whose wall-clock time the occurrences keep.</summary>
    public string TimeZone { get; set; } = "UTC";

    public DateTimeOffset CreatedAt { get; set; }
}
