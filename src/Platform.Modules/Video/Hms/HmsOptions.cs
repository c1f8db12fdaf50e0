using System.ComponentModel.DataAnnotations;

namespace Platform.Modules.Video.Hms;

/// <summary>Configuration section <c>Video:Hms</c> (100ms). Each organization brings its own app key, secret and template.</summary>
public sealed class HmsOptions
{
    public const string Section = "Video:Hms";

    /// <summary>The REST API (tests point it at the in-repo fake).</summary>
    [Required]
    [Url]
    public string ApiBase { get; set; } = "https://api.100ms.live/v2/";

    /// <summary>The template role whose room code makes the host's link.</summary>
    [Required]
    public string HostRole { get; set; } = "host";

    /// <summary>The template role whose room code makes the customers' link.</summary>
    [Required]
    public string GuestRole { get; set; } = "guest";

    /// <summary>Lifetime of the management tokens the platform signs (100ms allows up to 24 hours).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan ManagementTokenLifetime { get; set; } = TimeSpan.FromHours(24);
}
