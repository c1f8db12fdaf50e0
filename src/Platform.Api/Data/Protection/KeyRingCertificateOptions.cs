using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Platform.Api.Data.Protection;

/// <summary>
/// Section <c>DataProtection</c>: an optional X.509 certificate that encrypts the Data Protection key ring at rest
/// (the keys live in PostgreSQL; without it they are stored in plain XML, readable by anyone who can read the
/// table or a backup). Give it as a PFX file (<see cref="CertificatePath"/>, e.g. a mounted Kubernetes Secret) or
/// as base64 PFX content (<see cref="Certificate"/>). Keys written under a previous certificate stay readable while
/// it is listed in <see cref="PreviousCertificatePaths"/> (rotation).
/// </summary>
public sealed class KeyRingCertificateOptions : IValidatableObject
{
    public const string Section = "DataProtection";

    /// <summary>A PFX file with the certificate and its RSA private key.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The same as base64 PFX content (instead of a path).</summary>
    public string? Certificate { get; set; }

    /// <summary>The PFX password (from the environment or a secret, never the repository).</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>PFX files of earlier certificates: keys they protected can still be read, new keys use the current one.</summary>
    public List<string> PreviousCertificatePaths { get; set; } = [];

    /// <summary>The password of the previous certificates; when unset, <see cref="CertificatePassword"/>.</summary>
    public string? PreviousCertificatePassword { get; set; }

    public bool IsConfigured => !string.IsNullOrEmpty(CertificatePath) || !string.IsNullOrEmpty(Certificate);

    /// <summary>The current certificate, or null when none is configured.</summary>
    public X509Certificate2? LoadCurrent()
    {
        if (!string.IsNullOrEmpty(Certificate))
            return X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(Certificate), CertificatePassword);
        return string.IsNullOrEmpty(CertificatePath)
            ? null
            : X509CertificateLoader.LoadPkcs12FromFile(CertificatePath, CertificatePassword);
    }

    public IEnumerable<X509Certificate2> LoadPrevious() =>
        PreviousCertificatePaths.Where(p => !string.IsNullOrEmpty(p))
            .Select(p => X509CertificateLoader.LoadPkcs12FromFile(p, PreviousCertificatePassword ?? CertificatePassword));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(CertificatePath) && !string.IsNullOrEmpty(Certificate))
        {
            yield return new ValidationResult("set either a path or the content, not both",
                [nameof(Certificate)]);
            yield break;
        }

        if (!IsConfigured && PreviousCertificatePaths.Count > 0)
            yield return new ValidationResult("previous certificates need a current one (CertificatePath or Certificate)",
                [nameof(PreviousCertificatePaths)]);
        if (IsConfigured && Check(LoadCurrent) is { } current)
            yield return new ValidationResult(current, [string.IsNullOrEmpty(Certificate) ? nameof(CertificatePath) : nameof(Certificate)]);
        foreach (var path in PreviousCertificatePaths)
        {
            var password = PreviousCertificatePassword ?? CertificatePassword;
            if (Check(() => X509CertificateLoader.LoadPkcs12FromFile(path, password)) is { } error)
                yield return new ValidationResult($"{path}: {error}", [nameof(PreviousCertificatePaths)]);
        }
    }

    /// <summary>Why <paramref name="load"/>'s certificate cannot protect keys, or null when it can.</summary>
    private static string? Check(Func<X509Certificate2?> load)
    {
        try
        {
            using var certificate = load();
            if (certificate is null) return null;
            using var key = certificate.GetRSAPrivateKey();
            return key is null ? "needs an RSA private key" : null;
        }
        catch (Exception e) when (e is CryptographicException or IOException or FormatException or UnauthorizedAccessException)
        {
            return "cannot be read (" + e.Message.TrimEnd('.') + ")";
        }
    }
}
