using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Platform.Api.GraphQL.RateLimiting;

/// <summary>What one claim on the shared counter came to: permits granted and when their window ends (local clock).</summary>
public readonly record struct WindowClaim(DateTimeOffset WindowStart, DateTimeOffset Until, int Granted);

/// <summary>
/// The cluster-wide count of each partition's current fixed window, in PostgreSQL (<c>platform.rate_limit_windows</c>):
/// how many permits all instances together have claimed. A window starts with the first claim after the previous one
/// ended, by the database's clock. One statement per claim, no transaction.
/// </summary>
public sealed class SharedWindowCounter(NpgsqlDataSource dataSource)
{
    private const string ClaimSql = """
        INSERT INTO platform.rate_limit_windows AS w (partition_key, window_start, permits) VALUES ($1, now(), $2)
        ON CONFLICT (partition_key) DO UPDATE SET
          window_start = CASE WHEN w.window_start <= now() - $3 THEN now() ELSE w.window_start END,
          permits = CASE WHEN w.window_start <= now() - $3 THEN excluded.permits ELSE w.permits + excluded.permits END
        RETURNING w.permits, w.window_start, now()
        """;

    /// <summary>
    /// Claims up to <paramref name="wanted"/> permits of <paramref name="partition"/>'s current window under
    /// <paramref name="limit"/>: what was left of the limit before this claim, at most <paramref name="wanted"/>.
    /// The counter itself may pass the limit (by a refused claim); only what is granted is ever used. <paramref name="now"/>
    /// is the caller's clock, which <see cref="WindowClaim.Until"/> is on.
    /// </summary>
    public async Task<WindowClaim> ClaimAsync(
        string partition, int wanted, int limit, TimeSpan length, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ClaimSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = StoredKey(partition) });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = wanted });
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = length });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var total = reader.GetInt32(0);
        var start = reader.GetFieldValue<DateTimeOffset>(1);
        var databaseNow = reader.GetFieldValue<DateTimeOffset>(2);
        // The window's end on this instance's clock: what is left of it by the database's.
        var until = now + (start + length - databaseNow);
        return new WindowClaim(start, until, Grant(total, wanted, limit));
    }

    /// <summary>
    /// The partition as stored: a hash, so the table holds no user ids or client addresses, only what tells partitions apart.
    /// </summary>
    public static string StoredKey(string partition) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(partition)), 0, 16);

    /// <summary>What a claim of <paramref name="wanted"/> that brought the count to <paramref name="total"/> may use.</summary>
    public static int Grant(int total, int wanted, int limit) => Math.Clamp(limit - (total - wanted), 0, wanted);

    /// <summary>Deletes the windows that ended at least <paramref name="length"/> ago.</summary>
    public async Task<int> SweepAsync(TimeSpan length, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM platform.rate_limit_windows WHERE window_start < now() - $1");
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = length * 2 });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
