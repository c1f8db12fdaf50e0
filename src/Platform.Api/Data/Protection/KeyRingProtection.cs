using Microsoft.AspNetCore.DataProtection;
using Platform.Modules;

namespace Platform.Api.Data.Protection;

/// <summary>
/// Encrypts the Data Protection key ring at rest with the certificate of <see cref="KeyRingCertificateOptions"/>,
/// when one is configured. Instances that share the database and the certificate share the keys (cookies, protected
/// payloads); without a certificate everything works as before, with the keys stored unencrypted.
/// </summary>
public static class KeyRingProtection
{
    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(
        this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        builder.Services.AddValidatedOptions<KeyRingCertificateOptions>(KeyRingCertificateOptions.Section);
        // Data Protection takes its certificates while it is being registered, so they are read here. Invalid
        // settings are skipped here and stop the process at start with one line naming the setting (ValidateOnStart).
        var settings = configuration.GetSection(KeyRingCertificateOptions.Section).Get<KeyRingCertificateOptions>();
        if (settings is null || !settings.IsConfigured) return builder;
        var errors = new SettingsValidator<KeyRingCertificateOptions>(KeyRingCertificateOptions.Section).Validate(null, settings);
        if (errors.Failed) return builder;

        var current = settings.LoadCurrent()!;
        builder.ProtectKeysWithCertificate(current);
        // The current certificate decrypts too; earlier ones only decrypt (keys written before a rotation).
        return builder.UnprotectKeysWithAnyCertificate([current, .. settings.LoadPrevious()]);
    }
}
