namespace Platform.Tenancy;

public enum TenantStatus
{
    Active,
    Suspended,
}
