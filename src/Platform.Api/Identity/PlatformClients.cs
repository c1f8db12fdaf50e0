namespace Platform.Api.Identity;

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
