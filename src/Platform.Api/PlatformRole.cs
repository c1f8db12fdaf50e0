namespace Platform.Api;

/// <summary>
/// The role of a process (<c>Platform:Role</c>, or the program's first argument): <c>api</c>, the default, is the
/// whole application as one process runs it (an API replica beside a worker sets <c>Jobs:RunServer=false</c> and
/// <c>Notifications:DispatcherEnabled=false</c>); <c>worker</c> runs only the background work — the Hangfire server
/// and recurring schedule, the outbox dispatcher, the calendar sync worker, the LISTEN connection — and answers
/// nothing but <c>/health/live</c> and <c>/health/ready</c>.
/// </summary>
public static class PlatformRole
{
    public const string Key = "Platform:Role";
    public const string Api = "api";
    public const string Worker = "worker";

    /// <summary>A first argument naming a role becomes <c>Platform:Role</c> (it wins over the setting).</summary>
    public static IHostApplicationBuilder AddPlatformRole(this IHostApplicationBuilder builder, string[] args)
    {
        if (args.FirstOrDefault() is Api or Worker)
        {
            builder.Configuration.AddInMemoryCollection([new(Key, args[0])]);
        }

        return builder;
    }

    public static bool IsWorker(IConfiguration configuration) =>
        string.Equals(configuration[Key], Worker, StringComparison.Ordinal);
}
