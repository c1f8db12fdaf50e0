using System.ComponentModel.DataAnnotations;

namespace Platform.Modules.Video.Daily;

/// <summary>Configuration section <c>Video:Daily</c>. Each organization brings its own API key.</summary>
public sealed class DailyOptions
{
    public const string Section = "Video:Daily";

    /// <summary>The REST API (tests point it at the in-repo fake).</summary>
    [Required]
    [Url]
    public string ApiBase { get; set; } = "https://api.daily.co/v1/";

    /// <summary>How long after the booking ends the room and its tokens still admit (<c>exp</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan LinkGrace { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How early before the booking starts the room admits (<c>nbf</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan EarlyJoin { get; set; } = TimeSpan.FromMinutes(15);
}
