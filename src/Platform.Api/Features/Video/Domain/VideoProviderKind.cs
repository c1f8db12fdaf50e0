namespace Platform.Api.Features.Video.Domain;

/// <summary>The video services an organization can choose (GraphQL <c>VideoProviderKind</c>).</summary>
public enum VideoProviderKind
{
    Jitsi,
    Hms,
    Daily,
}

/// <summary>The services' keys as stored and as <c>IVideoProvider.Kind</c> names them.</summary>
public static class VideoProviderKinds
{
    public const string Jitsi = "jitsi";
    public const string Hms = "hms";
    public const string Daily = "daily";

    public static string Key(VideoProviderKind kind) => kind switch
    {
        VideoProviderKind.Hms => Hms,
        VideoProviderKind.Daily => Daily,
        _ => Jitsi,
    };

    /// <summary>The kind a stored key (or an offering's free-form <c>videoProvider</c>) names, or null for another service.</summary>
    public static VideoProviderKind? Parse(string? key) => key?.Trim().ToLowerInvariant() switch
    {
        Jitsi or "jitsi_meet" => VideoProviderKind.Jitsi,
        Hms or "100ms" => VideoProviderKind.Hms,
        Daily or "daily.co" => VideoProviderKind.Daily,
        _ => null,
    };

    /// <summary>The first four characters hidden: only the last four of an id are shown back.</summary>
    public static string? Mask(string? value) =>
        string.IsNullOrEmpty(value) ? null : value.Length <= 4 ? new string('•', value.Length) : "••••" + value[^4..];
}
