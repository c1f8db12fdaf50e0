using Platform.Tenancy.EntityFramework;

namespace Platform.Api.Cli;

/// <summary>
/// <c>migration-sql</c>: prints the SQL a new migration pastes as text. Migrations are history and never
/// call live code, so a later change to a helper cannot rewrite what an applied migration did.
/// </summary>
public static class MigrationSqlCommand
{
    public const string Name = "migration-sql";

    public const string Usage = """
        usage: migration-sql rls <table> [user-column]   ENABLE + FORCE row-level security with the tenant policy
                                                        (user-column: rows also readable by their own user)
               migration-sql rls-down <table>            the matching Down
        """;

    /// <summary>Writes the SQL for <paramref name="args"/> (after the command name); returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        switch (args)
        {
            case ["rls", var table]:
                output.WriteLine(RowLevelSecurity.Enable(table));
                return 0;
            case ["rls", var table, var userColumn]:
                output.WriteLine(RowLevelSecurity.Enable(table, alsoReadableByUserColumn: userColumn));
                return 0;
            case ["rls-down", var table]:
                output.WriteLine(RowLevelSecurity.Disable(table));
                return 0;
            default:
                output.WriteLine(Usage);
                return 2;
        }
    }
}
