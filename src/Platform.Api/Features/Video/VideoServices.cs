using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Features.Video.Domain;
using Platform.Modules.Video;

namespace Platform.Api.Features.Video;

/// <summary>A video service ready to call: the module and this organization's credentials for it.</summary>
public sealed record VideoService(VideoProviderKind Kind, IVideoProvider Provider, VideoCredentials Credentials);

/// <summary>
/// Which service makes a room, with the organization's credentials: the offering's <c>videoProvider</c> when it names
/// Jitsi (always usable) or a service the organization has an account with, else the organization's default account,
/// else Jitsi (no account needed).
/// </summary>
public sealed class VideoServices(PlatformDbContext db, IEnumerable<IVideoProvider> providers, VideoSecrets secrets)
{
    public async Task<VideoService?> ChooseAsync(string? offeringProvider, CancellationToken cancellationToken)
    {
        var accounts = await db.VideoAccounts.AsNoTracking().ToListAsync(cancellationToken);
        var named = VideoProviderKinds.Parse(offeringProvider);
        var account = named is { } kind ? accounts.FirstOrDefault(a => a.Provider == VideoProviderKinds.Key(kind)) : null;
        if (account is null && named != VideoProviderKind.Jitsi) account = accounts.FirstOrDefault(a => a.IsDefault);
        if (account is not null) return Of(account);
        return Module(VideoProviderKind.Jitsi) is { } jitsi
            ? new VideoService(VideoProviderKind.Jitsi, jitsi, new VideoCredentials())
            : null;
    }

    /// <summary>The service a room was made with (its account may have been removed since: then null, except for Jitsi).</summary>
    public async Task<VideoService?> ForAsync(string providerKey, CancellationToken cancellationToken)
    {
        var account = await db.VideoAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Provider == providerKey, cancellationToken);
        if (account is not null) return Of(account);
        return VideoProviderKinds.Parse(providerKey) == VideoProviderKind.Jitsi && Module(VideoProviderKind.Jitsi) is { } jitsi
            ? new VideoService(VideoProviderKind.Jitsi, jitsi, new VideoCredentials())
            : null;
    }

    public IVideoProvider? Module(VideoProviderKind kind) =>
        providers.FirstOrDefault(p => string.Equals(p.Kind, VideoProviderKinds.Key(kind), StringComparison.OrdinalIgnoreCase));

    private VideoService? Of(VideoAccount account)
    {
        var kind = VideoProviderKinds.Parse(account.Provider) ?? VideoProviderKind.Jitsi;
        return Module(kind) is { } module ? new VideoService(kind, module, secrets.Unprotect(account.ProtectedCredentials)) : null;
    }
}
