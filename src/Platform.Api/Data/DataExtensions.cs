using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Npgsql;
using Platform.Api.Data.Protection;
using Platform.Modules;
using Platform.Tenancy;
using Platform.Tenancy.EntityFramework;
using Platform.Tenancy.Resolution;

namespace Platform.Api.Data;

public static class DataExtensions
{
    /// <summary>Registers the DbContext on the application role's connection, with the tenancy interceptors.</summary>
    public static IHostApplicationBuilder AddPlatformData(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringNames.Application)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringNames.Application} is not configured. "
                + "Run through ./platform up, or set ConnectionStrings__Platform.");

        builder.Services.AddValidatedOptions<DatabaseOptions>(DatabaseOptions.Section);
        builder.Services.AddValidatedOptions<SeedOptions>(SeedOptions.Section);
        builder.Services.AddSingleton<TenantSettingsInterceptor>();
        builder.Services.AddSingleton<TenantSaveChangesInterceptor>();
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            return new NpgsqlDataSourceBuilder(ForPooler(WithPoolLimit(connectionString, options.MaxPoolSize), options.Pooler)).Build();
        });
        builder.Services.AddDbContext<PlatformDbContext>((services, options) => Configure(
            options,
            services.GetRequiredService<NpgsqlDataSource>(),
            services.GetRequiredService<TenantSettingsInterceptor>(),
            services.GetRequiredService<TenantSaveChangesInterceptor>()));
        builder.Services.AddMemoryCache();
        builder.Services.AddValidatedOptions<TenancyOptions>(TenancyOptions.Section);
        builder.Services.AddSingleton<TenantCache>();
        builder.Services.AddMultiTenancy()
            .WithRouteStrategy()
            .WithHeaderStrategy()
            .WithHostStrategyFromOptions()
            .WithStore<EfTenantStore>();
        builder.Services.AddScoped<DatabaseMigrator>();
        // One key ring in PostgreSQL for every instance: what one encrypts (calendar tokens, webhook secrets,
        // self-service links) another decrypts, and a restart loses nothing.
        // The ring is encrypted at rest with a certificate when DataProtection:Certificate(Path) is set.
        builder.Services.AddDataProtection().SetApplicationName("Platform").PersistKeysToDbContext<PlatformDbContext>()
            .ProtectKeysWithConfiguredCertificate(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// Behind a transaction pooler: no prepared statements and no reset on close (see <see cref="DatabaseOptions.Pooler"/>);
    /// otherwise auto-prepared statements.
    /// </summary>
    public static string ForPooler(string connectionString, DatabasePooler pooler) => pooler == DatabasePooler.Transaction
        ? new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 0, NoResetOnClose = true }.ConnectionString
        : WithAutoPrepare(connectionString);

    /// <summary>
    /// Server-side prepared statements for the queries a connection runs again and again (booking
    /// flows run the same dozen on every request), unless the connection string decides: PostgreSQL
    /// then skips parsing and planning them.
    /// </summary>
    public static string WithAutoPrepare(string connectionString) =>
        connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase)
            ? connectionString
            : new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64, AutoPrepareMinUsages = 3 }.ConnectionString;

    /// <summary>
    /// <paramref name="connectionString"/> with at most <paramref name="maxPoolSize"/> pooled connections,
    /// unless it sets its own limit.
    /// </summary>
    public static string WithPoolLimit(string connectionString, int maxPoolSize) =>
        connectionString.Contains("Pool Size", StringComparison.OrdinalIgnoreCase)
            ? connectionString
            : new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = maxPoolSize }.ConnectionString;

    /// <summary>The one place the EF options are set, shared by the app, the migrator and design-time tools.</summary>
    internal static DbContextOptionsBuilder Configure(
        DbContextOptionsBuilder options, NpgsqlDataSource dataSource, params IInterceptor[] interceptors)
    {
        options.UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable("ef_migrations_history", PlatformDbContext.PlatformSchema))
            .UseSnakeCaseNamingConvention()
            .UseOpenIddict<Guid>()
            // A refused write (slot taken, key reused) is an expected answer, caught and turned into a
            // userError; EF would log each as an error. Unexpected ones are logged by the GraphQL layer.
            .ConfigureWarnings(w => w.Log(
                (RelationalEventId.CommandError, LogLevel.Debug),
                (CoreEventId.SaveChangesFailed, LogLevel.Debug)))
            .AddInterceptors(interceptors);
        return options;
    }
}
