using Microsoft.AspNetCore.DataProtection;

namespace Platform.Api.Features.Integrations.Webhooks;

/// <summary>Encrypts signing secrets for storage (ASP.NET data protection, its own purpose); they are never logged.</summary>
public sealed class WebhookSecretProtector(IDataProtectionProvider protection)
{
    private const string Purpose = "Platform.Integrations.WebhookSecrets.v1";

    public string Protect(string secret) => protection.CreateProtector(Purpose).Protect(secret);

    public string Unprotect(string encrypted) => protection.CreateProtector(Purpose).Unprotect(encrypted);
}
