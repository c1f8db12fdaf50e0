using System.ComponentModel.DataAnnotations;

namespace Platform.Api.Identity;

/// <summary>Configuration section <c>Identity</c>.</summary>
public sealed class PlatformIdentityOptions
{
    public const string Section = "Identity";

    /// <summary>Redirect URIs allowed for the first-party web client (authorization code + PKCE).</summary>
    [Required]
    public List<string> WebRedirectUris { get; set; } = ["http://localhost:5000/callback"];

    /// <summary>Redirect URIs allowed for the mobile client (custom scheme).</summary>
    [Required]
    public List<string> MobileRedirectUris { get; set; } = ["platform://callback"];

    /// <summary>Access token lifetime; refresh tokens last longer and rotate.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Refresh token lifetime (each use rotates it).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>PFX files for signing and encryption outside development; their passwords come from the environment.</summary>
    public string? SigningCertificatePath { get; set; }

    public string? SigningCertificatePassword { get; set; }

    public string? EncryptionCertificatePath { get; set; }

    public string? EncryptionCertificatePassword { get; set; }

    /// <summary>How long an email confirmation link works.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan EmailConfirmationLifetime { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How long a password reset link works: short, because it is as good as the password.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan PasswordResetLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Account emails (confirmation, reset, notices) one address receives per hour; more are refused or skipped.</summary>
    [Range(1, 1_000_000)]
    public int AccountEmailsPerHourPerAddress { get; set; } = 5;

    /// <summary>Confirmation and reset emails one client address may ask for per hour, whatever the recipients.</summary>
    [Range(1, 1_000_000)]
    public int AccountEmailsPerHourPerClient { get; set; } = 20;

    /// <summary>Wrong passwords one client address may try for one account per <see cref="ThrottleWindow"/> before 429.</summary>
    [Range(1, 1_000_000)]
    public int SignInFailuresAllowed { get; set; } = 5;

    /// <summary>Wrong confirmation or reset tokens one client address may present per <see cref="ThrottleWindow"/>.</summary>
    [Range(1, 1_000_000)]
    public int TokenFailuresAllowed { get; set; } = 10;

    /// <summary>The window the sign-in and token failure counts are kept for.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan ThrottleWindow { get; set; } = TimeSpan.FromMinutes(15);
}
