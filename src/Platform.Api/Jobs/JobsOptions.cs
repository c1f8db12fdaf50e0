using System.ComponentModel.DataAnnotations;

namespace Platform.Api.Jobs;

/// <summary>Configuration section <c>Jobs</c>: Hangfire on this instance.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>
    /// <c>false</c> leaves Hangfire out entirely (no storage, no dashboard, no recurring schedule). It decides
    /// which services exist, so it is read while registering (<see cref="JobsExtensions.IsEnabled"/>).
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Whether this instance runs Hangfire workers (others only enqueue); read while registering too.</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>Workers of this instance's Hangfire server; unset: twice the processor count, at least 2.</summary>
    [Range(1, 1000)]
    public int? WorkerCount { get; set; }

    /// <summary>
    /// Connections of Hangfire's own pool: storage work only (fetching, enqueuing, locks), since jobs use the
    /// requests' pool; a worker needs a few, an instance that only enqueues fewer. Part of the budget in
    /// <see cref="Data.DatabaseOptions.MaxPoolSize"/>.
    /// </summary>
    public static int PoolSize(bool runServer) => runServer ? 6 : 2;
}
