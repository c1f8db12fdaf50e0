using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.SharedState;

/// <summary>A host whose Data Protection key ring is encrypted at rest with a certificate (base64 PFX content).</summary>
public sealed class CertificateKeyRingApp : PlatformApp
{
    public static readonly byte[] Pfx = KeyRingCertificate.CreatePfx("platform-key-ring");

    public static readonly (string Key, string Value)[] Certificate =
    [
        ("DataProtection:Certificate", Convert.ToBase64String(Pfx)),
        ("DataProtection:CertificatePassword", KeyRingCertificate.Password),
    ];

    public CertificateKeyRingApp()
    {
        Set("Jobs:Enabled", "false");
        foreach (var (key, value) in Certificate) Set(key, value);
    }
}

/// <summary>
/// Instances that share the database and the certificate share the key ring (what one protects, the other reads),
/// the keys are stored encrypted, and a rotated certificate still reads keys written under the previous one.
/// </summary>
public sealed class KeyRingCertificateTests(CertificateKeyRingApp app) : IClassFixture<CertificateKeyRingApp>
{
    private const string Purpose = "key-ring-test";

    private static IDataProtector Protector(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

    [Fact]
    public async Task Two_instances_with_the_same_certificate_read_each_others_payloads_and_the_keys_are_encrypted_at_rest()
    {
        await using var b = await SecondInstance.StartAsync(app, CertificateKeyRingApp.Certificate);
        var fromA = Protector(app.Services).Protect("made on A");
        var fromB = Protector(b.Services).Protect("made on B");

        Assert.Equal("made on A", Protector(b.Services).Unprotect(fromA));
        Assert.Equal("made on B", Protector(app.Services).Unprotect(fromB));
        var plain = await app.Database.ScalarAsync<long>(
            "SELECT count(*) FROM platform.data_protection_keys WHERE xml NOT LIKE '%encryptedSecret%'");
        Assert.Equal(0, plain);
        Assert.True(await app.Database.ScalarAsync<long>("SELECT count(*) FROM platform.data_protection_keys") >= 1);
    }

    [Fact]
    public async Task After_a_rotation_an_instance_with_the_new_certificate_still_reads_payloads_under_keys_of_the_previous_one()
    {
        var payload = Protector(app.Services).Protect("before the rotation");
        var previous = KeyRingCertificate.WriteFile(CertificateKeyRingApp.Pfx);
        try
        {
            await using var rotated = await SecondInstance.StartAsync(app,
                ("DataProtection:Certificate", Convert.ToBase64String(KeyRingCertificate.CreatePfx("platform-key-ring-2"))),
                ("DataProtection:CertificatePassword", KeyRingCertificate.Password),
                ("DataProtection:PreviousCertificatePaths:0", previous));

            Assert.Equal("before the rotation", Protector(rotated.Services).Unprotect(payload));
        }
        finally
        {
            File.Delete(previous);
        }
    }
}

/// <summary>Without a certificate, as before: the shared host and a second instance share the (unencrypted) key ring.</summary>
[Collection(PlatformCollection.Name)]
public sealed class KeyRingWithoutCertificateTests(PlatformApp app)
{
    [Fact]
    public async Task Without_a_certificate_two_instances_still_share_the_key_ring()
    {
        await using var b = await SecondInstance.StartAsync(app);
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("key-ring-test");
        var other = b.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("key-ring-test");

        Assert.Equal("no certificate", other.Unprotect(protector.Protect("no certificate")));
    }
}
