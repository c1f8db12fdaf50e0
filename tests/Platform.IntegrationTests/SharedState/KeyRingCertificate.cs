using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Platform.IntegrationTests.SharedState;

/// <summary>Self-signed RSA certificates for the key ring, as a PFX (base64 or a file) with a password.</summary>
public static class KeyRingCertificate
{
    public const string Password = "key-ring-test-password";

    public static byte[] CreatePfx(string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return certificate.Export(X509ContentType.Pfx, Password);
    }

    public static string WriteFile(byte[] pfx)
    {
        var path = Path.Combine(Path.GetTempPath(), "platform-key-ring-" + Guid.NewGuid().ToString("N") + ".pfx");
        File.WriteAllBytes(path, pfx);
        return path;
    }
}
