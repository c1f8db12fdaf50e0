using System.ComponentModel.DataAnnotations;

namespace Platform.Api.Data;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply migrations (as the owner role) when the API starts; <c>./platform up</c> turns it on.</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>
    /// Connections this instance may hold for requests, unless the connection string sets <c>Maximum Pool Size</c>.
    /// The budget (docs/operations.md): every instance holds at most this many, plus Hangfire's pool
    /// (<see cref="Jobs.JobsOptions.PoolSize"/>) and two unpooled LISTEN connections, so with the defaults four
    /// instances hold 4 × (14 + 6 + 2) = 88 of PostgreSQL's default 100 (less 3 reserved for superusers), leaving
    /// room for migrations and an operator's psql. Behind a transaction pooler these are the pooler's client
    /// connections; its server pool decides what PostgreSQL sees. A request that finds the pool empty waits up to
    /// the connection string's <c>Timeout</c> (15 s) and is then answered 503 with Retry-After.
    /// </summary>
    [Range(1, 10_000)]
    public int MaxPoolSize { get; set; } = DefaultMaxPoolSize;

    public const int DefaultMaxPoolSize = 14;

    /// <summary>
    /// <c>Transaction</c> when <c>ConnectionStrings:Platform</c> goes through a pooler in transaction mode
    /// (PgBouncer): no server-side prepared statements (the next transaction may run on another server
    /// connection, which never saw them) and no session reset when a connection returns to the pool (the pooler
    /// owns the server sessions). LISTEN and Hangfire then need <c>ConnectionStrings:PlatformDirect</c>.
    /// </summary>
    public DatabasePooler Pooler { get; set; } = DatabasePooler.None;
}

/// <summary>What sits between this instance and PostgreSQL.</summary>
public enum DatabasePooler
{
    /// <summary>Nothing (or a session-mode pool): a connection is the same server session until it closes.</summary>
    None,

    /// <summary>A transaction-mode pooler: each transaction may run on a different server session.</summary>
    Transaction,
}
