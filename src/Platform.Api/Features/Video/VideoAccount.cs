using Platform.Tenancy;

namespace Platform.Api.Features.Video;

/// <summary>
/// An organization's account with a video service (<c>jitsi</c>, <c>hms</c>, <c>daily</c>): its credentials as one
/// protected JSON document, checked with a test call when saved. <see cref="IsDefault"/> marks the one used for
/// offerings that do not name a service.
/// </summary>
public sealed class VideoAccount : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public string Provider { get; set; } = "";

    public string ProtectedCredentials { get; set; } = "";

    public bool IsDefault { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
