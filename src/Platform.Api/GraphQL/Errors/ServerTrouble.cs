using System.Net.Sockets;
using Npgsql;

namespace Platform.Api.GraphQL.Errors;

/// <summary>
/// A failure that is the server's, not the request's: the database refuses or drops connections, the
/// pool is exhausted, or the operation ran out of time. Clients get a GraphQL-shaped error with a 5xx
/// (503 with Retry-After: try again shortly; 504: the time limit), never a 4xx that blames them.
/// </summary>
public sealed record ServerTrouble(int Status, string Code, string Message)
{
    public const string UnavailableCode = "SERVICE_UNAVAILABLE";

    /// <summary>How long a 503 asks clients to wait: long enough for a pool to drain or a failover to finish.</summary>
    public const int RetryAfterSeconds = 5;

    public static readonly ServerTrouble Timeout =
        new(StatusCodes.Status504GatewayTimeout, "TIMEOUT", "The operation took too long and was stopped.");

    public static readonly ServerTrouble Busy = new(StatusCodes.Status503ServiceUnavailable, UnavailableCode,
        "The server is overloaded (all of its database connections are in use, or the database is too slow); retry shortly.");

    /// <summary>PostgreSQL itself has no room: too many clients, out of memory or disk (class 53).</summary>
    public static readonly ServerTrouble DatabaseFull = new(StatusCodes.Status503ServiceUnavailable, UnavailableCode,
        "The database has no room for more work right now (too many connections or out of resources); retry shortly.");

    public static readonly ServerTrouble DatabaseUnavailable = new(StatusCodes.Status503ServiceUnavailable, UnavailableCode,
        "The database is not accepting connections right now; retry shortly.");

    /// <summary>The trouble behind <paramref name="exception"/> (looking through wrappers such as EF's), or null for a bug.</summary>
    public static ServerTrouble? Of(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // The caller went away, or our own time limit fired: that is reported by whoever cancelled.
                case OperationCanceledException:
                    return null;
                case PostgresException postgres:
                    return OfSqlState(postgres.SqlState);
                // Pool exhausted ("raise 'Max Pool Size' or 'Timeout'"), or a connect or command timeout.
                case NpgsqlException { InnerException: TimeoutException }:
                    return Busy;
                case NpgsqlException { InnerException: SocketException or IOException }:
                case NpgsqlException { IsTransient: true }:
                    return DatabaseUnavailable;
            }
        }
        return null;
    }

    /// <summary>
    /// PostgreSQL's own refusals (https://www.postgresql.org/docs/current/errcodes-appendix.html): class 53
    /// (too many connections, out of resources) is a full database, a statement timeout overload; class 08
    /// and 57P0x (connection failures, shutdown, starting up) are unavailability. Any other SQL error is a bug.
    /// Distinct messages, one code: clients retry alike, operators see which.
    /// </summary>
    private static ServerTrouble? OfSqlState(string sqlState) => sqlState switch
    {
        _ when sqlState.StartsWith("53", StringComparison.Ordinal) => DatabaseFull,
        "57014" => Busy,
        "57P01" or "57P02" or "57P03" => DatabaseUnavailable,
        _ when sqlState.StartsWith("08", StringComparison.Ordinal) => DatabaseUnavailable,
        _ => null,
    };
}
