using Platform.Api.Cli;
using Platform.Tenancy.EntityFramework;

namespace Platform.UnitTests.Cli;

public sealed class MigrationSqlCommandTests
{
    [Fact]
    public void Rls_prints_the_tenant_policy_sql_a_migration_pastes()
    {
        using var output = new StringWriter();
        Assert.Equal(0, MigrationSqlCommand.Run(["rls", "widgets"], output));
        Assert.Equal(RowLevelSecurity.Enable("widgets") + Environment.NewLine, output.ToString());
    }

    [Fact]
    public void Rls_with_a_user_column_also_admits_the_users_own_rows()
    {
        using var output = new StringWriter();
        Assert.Equal(0, MigrationSqlCommand.Run(["rls", "memberships", "user_id"], output));
        Assert.Contains("user_id = NULLIF(current_setting('app.user_id', true), '')::uuid", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rls_down_prints_the_matching_down()
    {
        using var output = new StringWriter();
        Assert.Equal(0, MigrationSqlCommand.Run(["rls-down", "widgets"], output));
        Assert.Equal(RowLevelSecurity.Disable("widgets") + Environment.NewLine, output.ToString());
    }

    [Fact]
    public void Anything_else_prints_the_usage_and_fails()
    {
        using var output = new StringWriter();
        Assert.Equal(2, MigrationSqlCommand.Run(["trigger"], output));
        Assert.Contains("usage: migration-sql", output.ToString(), StringComparison.Ordinal);
    }
}
