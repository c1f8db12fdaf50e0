using System.Diagnostics;
using Npgsql;

namespace Platform.Testing;

/// <summary>
/// PgBouncer's admin console, through psql: it speaks only the simple query protocol, which Npgsql does not use.
/// </summary>
public static class PgBouncerConsole
{
    /// <summary>
    /// Closes the pooler's client and server connections to <paramref name="database"/> (KILL), so the database can
    /// be dropped at once instead of after the pooler's idle timeout. Nothing to do without a pooler.
    /// </summary>
    public static async Task KillAsync(string? pooledConnectionString, string ownerConnectionString, string database)
    {
        if (pooledConnectionString is null) return;
        await RunAsync(pooledConnectionString, ownerConnectionString, $"KILL {database}");
    }

    /// <summary>Runs one admin command (as the owner role, PgBouncer's admin user) and returns psql's output.</summary>
    public static async Task<string> RunAsync(string pooledConnectionString, string ownerConnectionString, string command)
    {
        var pooled = new NpgsqlConnectionStringBuilder(pooledConnectionString);
        var owner = new NpgsqlConnectionStringBuilder(ownerConnectionString);
        var start = new ProcessStartInfo("psql", ["-X", "-q", "-At", "-h", pooled.Host!, "-p", pooled.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-U", owner.Username!, "-d", "pgbouncer", "-c", command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["PGPASSWORD"] = owner.Password, ["PGCONNECT_TIMEOUT"] = "5" },
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 && !error.Contains("no such database", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"pgbouncer console '{command}' failed: {error.Trim()}");
        return output;
    }
}
