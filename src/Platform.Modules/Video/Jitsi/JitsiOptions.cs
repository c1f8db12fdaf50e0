using System.ComponentModel.DataAnnotations;

namespace Platform.Modules.Video.Jitsi;

/// <summary>Configuration section <c>Video:Jitsi</c>: the server used by organizations that name none of their own.</summary>
public sealed class JitsiOptions
{
    public const string Section = "Video:Jitsi";

    /// <summary>The default Jitsi Meet server; room names are appended to it.</summary>
    [Required]
    [Url]
    public string ServerUrl { get; set; } = "https://meet.jit.si/";

    /// <summary>How long after the booking ends a signed link still admits (tokens carry it as <c>exp</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan LinkGrace { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How early before the booking starts a signed link admits (<c>nbf</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan EarlyJoin { get; set; } = TimeSpan.FromMinutes(15);
}
