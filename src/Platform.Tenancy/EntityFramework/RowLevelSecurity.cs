namespace Platform.Tenancy.EntityFramework;

/// <summary>
/// SQL for the row-level-security policy every tenant-owned table carries. Migrations call it so the
/// policy is part of the checked-in schema; a test enumerates the model and fails on any table without it.
/// </summary>
public static class RowLevelSecurity
{
    public const string PolicyName = "tenant_isolation";

    /// <summary>The predicate: the row's tenant is the session's tenant. An unset tenant matches nothing.</summary>
    public const string TenantPredicate = $"tenant_id = NULLIF(current_setting('{TenantSession.TenantSetting}', true), '')::uuid";

    /// <summary>Also admits rows whose <paramref name="userColumn"/> is the session's user (their own memberships).</summary>
    public static string OwnRowsPredicate(string userColumn) =>
        $"{userColumn} = NULLIF(current_setting('{TenantSession.UserSetting}', true), '')::uuid";

    /// <summary>ENABLE + FORCE row-level security with the tenant policy for USING and WITH CHECK.</summary>
    public static string Enable(string table, string? alsoReadableByUserColumn = null)
    {
        var usingClause = alsoReadableByUserColumn is null
            ? TenantPredicate
            : $"({TenantPredicate}) OR ({OwnRowsPredicate(alsoReadableByUserColumn)})";
        return $"""
            ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
            ALTER TABLE {table} FORCE ROW LEVEL SECURITY;
            DROP POLICY IF EXISTS {PolicyName} ON {table};
            CREATE POLICY {PolicyName} ON {table} USING ({usingClause}) WITH CHECK ({TenantPredicate});
            """;
    }

    public static string Disable(string table) => $"""
        DROP POLICY IF EXISTS {PolicyName} ON {table};
        ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY;
        ALTER TABLE {table} DISABLE ROW LEVEL SECURITY;
        """;
}
