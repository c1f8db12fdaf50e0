using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Platform.Modules.Video;

namespace Platform.Api.Features.Video;

/// <summary>
/// Encrypts an organization's video credentials (one JSON document) and rooms' host links for storage (ASP.NET data
/// protection, keys in PostgreSQL shared by every instance, a purpose of their own); they are never logged.
/// </summary>
public sealed class VideoSecrets(IDataProtectionProvider protection)
{
    private const string CredentialsPurpose = "Platform.Video.Credentials.v1";
    private const string HostUrlPurpose = "Platform.Video.HostUrls.v1";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Protect(VideoCredentials credentials) =>
        protection.CreateProtector(CredentialsPurpose).Protect(JsonSerializer.Serialize(credentials, Json));

    public VideoCredentials Unprotect(string protectedCredentials) =>
        JsonSerializer.Deserialize<VideoCredentials>(protection.CreateProtector(CredentialsPurpose).Unprotect(protectedCredentials), Json)
        ?? new VideoCredentials();

    public string ProtectHostUrl(string url) => protection.CreateProtector(HostUrlPurpose).Protect(url);

    public string UnprotectHostUrl(string protectedUrl) => protection.CreateProtector(HostUrlPurpose).Unprotect(protectedUrl);
}
