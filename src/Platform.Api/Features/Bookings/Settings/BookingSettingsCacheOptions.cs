using System.ComponentModel.DataAnnotations;

namespace Platform.Api.Features.Bookings.Settings;

/// <summary>Section <c>Bookings</c>: how organizations' booking settings are cached.</summary>
public sealed class BookingSettingsCacheOptions
{
    public const string Section = "Bookings";

    /// <summary>
    /// Safety net: how long an organization's booking settings are reused at most. A committed change evicts
    /// them at once on every instance (database notifications); this bounds a change that went unheard.
    /// 0 reads them on every use.
    /// </summary>
    [Range(0, 86_400)]
    public int SettingsCacheSeconds { get; set; } = 3600;
}
