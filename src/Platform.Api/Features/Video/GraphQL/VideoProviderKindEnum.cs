using GraphQL.Types;
using Platform.Api.Features.Video.Domain;

namespace Platform.Api.Features.Video.GraphQL;

public sealed class VideoProviderKindEnum : EnumerationGraphType<VideoProviderKind>
{
    public VideoProviderKindEnum()
    {
        Name = "VideoProviderKind";
        Description = "A video service: JITSI (no account needed; the default), HMS (100ms), DAILY (Daily).";
    }
}
