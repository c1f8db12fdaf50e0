using System.Buffers.Text;
using System.Security.Cryptography;

namespace Platform.Api.Features.Integrations.Domain;

/// <summary>Signing secrets: <c>whsec_</c> and 32 random bytes in base64url (43 characters).</summary>
public static class WebhookSecrets
{
    public const string Prefix = "whsec_";

    public static string New() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
