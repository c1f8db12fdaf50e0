using Platform.Tenancy;

namespace Platform.Api.Features.Bookings;

/// <summary>
/// An organization's booking timeouts. Organizations without a row use <see cref="Defaults"/>, so the
/// table only holds organizations that changed something.
/// </summary>
public sealed class BookingSettings : ITenantOwned
{
    public const int DefaultHoldMinutes = 30;
    public const int DefaultConfirmationMinutes = 48 * 60;
    public const int DefaultWaitlistOfferMinutes = 30;

    /// <summary>A day and an hour before.</summary>
    public static readonly IReadOnlyList<int> DefaultReminderMinutes = [24 * 60, 60];

    public Guid TenantId { get; set; }

    /// <summary>How long a hold (and a cart) keeps its slot while the customer pays.</summary>
    public int HoldMinutes { get; set; } = DefaultHoldMinutes;

    /// <summary>How long a host has to confirm a booking that waits for them; never past the start.</summary>
    public int ConfirmationMinutes { get; set; } = DefaultConfirmationMinutes;

    /// <summary>How long a waitlisted customer has to take the seats offered to them.</summary>
    public int WaitlistOfferMinutes { get; set; } = DefaultWaitlistOfferMinutes;

    /// <summary>How long before a confirmed booking's start its reminders go out (minutes; empty sends none).</summary>
    public List<int> ReminderMinutes { get; set; } = [.. DefaultReminderMinutes];

    public DateTimeOffset UpdatedAt { get; set; }

    public static BookingSettings Defaults(Guid tenantId) => new() { TenantId = tenantId };
}
