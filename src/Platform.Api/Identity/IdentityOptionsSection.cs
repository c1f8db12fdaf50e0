namespace Platform.Api.Identity;

/// <summary>Configuration section <c>Identity</c>.</summary>
public sealed class PlatformIdentityOptions
{
    public const string Section = "Identity";

    /// <summary>Redirect URIs allowed for the first-party web client (authorization code + PKCE).</summary>
    public List<string> WebRedirectUris { get; set; } = ["http://localhost:5000/callback"];

    /// <summary>Redirect URIs allowed for the mobile client (custom scheme).</summary>
    public List<string> MobileRedirectUris { get; set; } = ["platform://callback"];

    /// <summary>Access token lifetime; refresh tokens last longer and rotate.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>PFX files for signing and encryption outside development; their passwords come from the environment.</summary>
    public string? SigningCertificatePath { get; set; }

    public string? SigningCertificatePassword { get; set; }

    public string? EncryptionCertificatePath { get; set; }

    public string? EncryptionCertificatePassword { get; set; }

    /// <summary>How long an email confirmation link works.</summary>
    public TimeSpan EmailConfirmationLifetime { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How long a password reset link works: short, because it is as good as the password.</summary>
    public TimeSpan PasswordResetLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Account emails (confirmation, reset, notices) one address receives per hour; more are refused or skipped.</summary>
    public int AccountEmailsPerHourPerAddress { get; set; } = 5;

    /// <summary>Confirmation and reset emails one client address may ask for per hour, whatever the recipients.</summary>
    public int AccountEmailsPerHourPerClient { get; set; } = 20;

    /// <summary>Wrong passwords one client address may try for one account per <see cref="ThrottleWindow"/> before 429.</summary>
    public int SignInFailuresAllowed { get; set; } = 5;

    /// <summary>Wrong confirmation or reset tokens one client address may present per <see cref="ThrottleWindow"/>.</summary>
    public int TokenFailuresAllowed { get; set; } = 10;

    public TimeSpan ThrottleWindow { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>Client ids, scopes and claim names shared by the token endpoint, seeding and GraphQL.</summary>
public static class PlatformClients
{
    public const string Web = "platform-web";
    public const string Mobile = "platform-mobile";

    /// <summary>Public client for the password grant; registered only in Development and Testing.</summary>
    public const string Development = "platform-dev";

    public const string ApiScope = "api";

    /// <summary>Claim on client-credentials tokens: the organization an integration client belongs to.</summary>
    public const string TenantClaim = "tenant_id";

    /// <summary>Claim on client-credentials tokens: the staff role the integration acts with.</summary>
    public const string StaffRoleClaim = "staff_role";

    /// <summary>Application property names on an integration client's OpenIddict registration.</summary>
    public const string TenantProperty = "tenant_id";

    public const string StaffRoleProperty = "staff_role";
}
