using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Platform.Benchmarks.Booking;

/// <summary>
/// The database's own ceiling: pgbench inserting single rows, each in its own transaction, into a
/// table with the bookings table's exclusion constraint (btree_gist over tenant, provider, the time
/// range and the occurrence key), on distinct ranges, with as many clients as the HTTP run.
/// </summary>
public static partial class PgBench
{
    public sealed record Result(double Tps, double LatencyMs, long Transactions, long Failed, string SslMode);

    private const string Table = """
        CREATE EXTENSION IF NOT EXISTS btree_gist;
        CREATE SEQUENCE bench_slot;
        CREATE TABLE bench_bookings (
            id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
            tenant_id uuid NOT NULL,
            provider_id uuid NOT NULL,
            occurrence_id uuid NULL,
            blocked_from timestamptz NOT NULL,
            blocked_until timestamptz NOT NULL,
            status varchar(16) NOT NULL,
            CONSTRAINT ex_bench_bookings EXCLUDE USING gist (
                tenant_id WITH =, provider_id WITH =, tstzrange(blocked_from, blocked_until) WITH &&, (COALESCE(occurrence_id, id)) WITH <>
            ) WHERE (status IN ('Held','AwaitingHost','Confirmed'))
        );
        """;

    // One hour per row, never overlapping: like holds of distinct slots. Four providers, as in the HTTP run.
    private const string Script = """
        INSERT INTO bench_bookings (tenant_id, provider_id, blocked_from, blocked_until, status)
        SELECT '00000000-0000-0000-0000-000000000001', ('00000000-0000-0000-0000-00000000000' || (n % 4))::uuid,
               timestamptz '2030-01-01' + (n / 4) * interval '1 hour', timestamptz '2030-01-01' + (n / 4 + 1) * interval '1 hour', 'Held'
        FROM (SELECT nextval('bench_slot') AS n) s;
        """;

    public static bool IsInstalled() => Run("pgbench", "--version", null, out _) == 0;

    public static async Task<Result> RunAsync(TestDatabase database, int clients, int seconds, CancellationToken cancellationToken)
    {
        await database.ExecuteAsOwnerAsync(Table, cancellationToken);
        var script = Path.Combine(Path.GetTempPath(), $"platform-pgbench-{Guid.NewGuid():N}.sql");
        await File.WriteAllTextAsync(script, Script, cancellationToken);
        try
        {
            var owner = new NpgsqlConnectionStringBuilder(database.OwnerConnectionString);
            var arguments = string.Create(CultureInfo.InvariantCulture,
                $"-n -M prepared -c {clients} -j {Math.Min(clients, Environment.ProcessorCount)} -T {seconds} -f {script} -h {owner.Host} -p {owner.Port} -U {owner.Username} {owner.Database}");
            // The same transport as the application's connections: TLS or not, as its connection string says.
            var environment = new Dictionary<string, string?> { ["PGPASSWORD"] = owner.Password, ["PGSSLMODE"] = owner.SslMode switch
            {
                SslMode.Disable => "disable",
                SslMode.Allow => "allow",
                SslMode.Require => "require",
                SslMode.VerifyCA => "verify-ca",
                SslMode.VerifyFull => "verify-full",
                _ => "prefer",
            } };
            if (Run("pgbench", arguments, environment, out var output) != 0) throw new InvalidOperationException($"pgbench failed:\n{output}");
            var rows = await database.ScalarAsync<long>("SELECT count(*) FROM bench_bookings", cancellationToken);
            return new Result(Number(TpsPattern(), output), Number(LatencyPattern(), output), rows, Number(FailedPattern(), output) is var f && double.IsNaN(f) ? 0 : (long)f, environment["PGSSLMODE"]!);
        }
        finally
        {
            File.Delete(script);
            await database.ExecuteAsOwnerAsync("DROP TABLE IF EXISTS bench_bookings; DROP SEQUENCE IF EXISTS bench_slot;", cancellationToken);
        }
    }

    private static double Number(Regex pattern, string output) =>
        pattern.Match(output) is { Success: true } match ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;

    private static int Run(string file, string arguments, IReadOnlyDictionary<string, string?>? environment, out string output)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>()) start.Environment[key] = value;
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            output = stdout.Result + stderr.Result;
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            output = e.Message;
            return -1;
        }
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex TpsPattern();

    [GeneratedRegex(@"latency average = ([0-9.]+) ms")]
    private static partial Regex LatencyPattern();

    [GeneratedRegex(@"number of failed transactions: ([0-9]+)")]
    private static partial Regex FailedPattern();
}
