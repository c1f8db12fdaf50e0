using Platform.Api.Features.Video.Domain;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Features.Video.Accounts;

// The inputs, views and results of the video settings (secrets go in, never out).

public sealed record SetVideoProviderInput(
    VideoProviderKind Provider,
    bool? MakeDefault,
    string? ApiKey,
    string? AppId,
    string? AppSecret,
    string? TemplateId,
    string? Subdomain,
    string? ServerUrl);

public sealed record RemoveVideoProviderInput(VideoProviderKind Provider);

/// <summary>
/// One service as the organization set it up, without secrets: <paramref name="AppId"/> masked to its last four;
/// <paramref name="UpdatedAt"/> null for Jitsi when it is used without an account.
/// </summary>
public sealed record VideoProviderSettings(
    VideoProviderKind Provider,
    bool IsDefault,
    string? Subdomain,
    string? TemplateId,
    string? ServerUrl,
    string? AppId,
    DateTimeOffset? UpdatedAt);

public sealed record SetVideoProviderPayload(VideoProviderSettings? Settings) : Payload;

public sealed record RemoveVideoProviderPayload(VideoProviderKind? RemovedProvider) : Payload;
