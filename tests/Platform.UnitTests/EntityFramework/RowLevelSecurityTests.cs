using System.Text.RegularExpressions;
using Platform.Tenancy.EntityFramework;

namespace Platform.UnitTests.EntityFramework;

public partial class RowLevelSecurityTests
{
    private const string TenantPredicate = "tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid";
    private const string UserPredicate = "user_id = NULLIF(current_setting('app.user_id', true), '')::uuid";

    [GeneratedRegex(@"CREATE POLICY tenant_isolation ON (?<table>\S+) USING \((?<using>.*)\) WITH CHECK \((?<check>.*)\);", RegexOptions.CultureInvariant)]
    private static partial Regex PolicyPattern();

    private static (string Table, string Using, string Check) Policy(string sql)
    {
        var match = PolicyPattern().Match(sql);
        Assert.True(match.Success, $"no CREATE POLICY statement in:\n{sql}");
        return (match.Groups["table"].Value, match.Groups["using"].Value, match.Groups["check"].Value);
    }

    [Fact]
    public void Tenant_predicate_reads_the_session_tenant_setting()
    {
        Assert.Equal(TenantPredicate, RowLevelSecurity.TenantPredicate);
    }

    [Fact]
    public void Enable_turns_on_and_forces_row_level_security()
    {
        var sql = RowLevelSecurity.Enable("t");

        Assert.Contains("ALTER TABLE t ENABLE ROW LEVEL SECURITY;", sql, StringComparison.Ordinal);
        Assert.Contains("ALTER TABLE t FORCE ROW LEVEL SECURITY;", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Enable_replaces_any_existing_policy_before_creating_it()
    {
        var sql = RowLevelSecurity.Enable("t");

        var drop = sql.IndexOf("DROP POLICY IF EXISTS tenant_isolation ON t;", StringComparison.Ordinal);
        var create = sql.IndexOf("CREATE POLICY tenant_isolation ON t ", StringComparison.Ordinal);
        Assert.True(drop >= 0, sql);
        Assert.True(create > drop, sql);
    }

    [Fact]
    public void Policy_uses_the_tenant_predicate_for_reads_and_writes()
    {
        var (table, usingClause, check) = Policy(RowLevelSecurity.Enable("t"));

        Assert.Equal("t", table);
        Assert.Equal(TenantPredicate, usingClause);
        Assert.Equal(TenantPredicate, check);
    }

    [Fact]
    public void User_column_also_admits_own_rows_for_reads_only()
    {
        var (_, usingClause, check) = Policy(RowLevelSecurity.Enable("memberships", "user_id"));

        Assert.Equal($"({TenantPredicate}) OR ({UserPredicate})", usingClause);
        Assert.Equal(TenantPredicate, check);
        Assert.DoesNotContain("user_id", check, StringComparison.Ordinal);
    }

    [Fact]
    public void Own_rows_predicate_names_the_given_column()
    {
        Assert.Equal("owner_id = NULLIF(current_setting('app.user_id', true), '')::uuid", RowLevelSecurity.OwnRowsPredicate("owner_id"));
    }

    [Fact]
    public void Disable_drops_the_policy_and_turns_security_off()
    {
        var sql = RowLevelSecurity.Disable("t");

        Assert.Contains("DROP POLICY IF EXISTS tenant_isolation ON t;", sql, StringComparison.Ordinal);
        Assert.Contains("ALTER TABLE t NO FORCE ROW LEVEL SECURITY;", sql, StringComparison.Ordinal);
        Assert.Contains("ALTER TABLE t DISABLE ROW LEVEL SECURITY;", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("CREATE POLICY", sql, StringComparison.Ordinal);
    }
}
