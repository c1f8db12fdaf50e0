using Microsoft.EntityFrameworkCore;
using Npgsql;
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
                $"ConnectionStrings:{ConnectionStringNames.Application} is not configured. Run through ./platform up, or set ConnectionStrings__Platform.");

        builder.Services.Configure<DatabaseOptions>(builder.Configuration.GetSection(DatabaseOptions.Section));
        builder.Services.AddSingleton<TenantConnectionInterceptor>();
        builder.Services.AddSingleton<TenantSaveChangesInterceptor>();
        builder.Services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
        builder.Services.AddDbContext<PlatformDbContext>((services, options) => Configure(
            options,
            services.GetRequiredService<NpgsqlDataSource>(),
            services.GetRequiredService<TenantConnectionInterceptor>(),
            services.GetRequiredService<TenantSaveChangesInterceptor>()));
        builder.Services.AddMemoryCache();
        builder.Services.AddMultiTenancy()
            .WithRouteStrategy()
            .WithHeaderStrategy()
            .WithHostStrategy(builder.Configuration["Tenancy:HostDomain"])
            .WithStore<EfTenantStore>();
        builder.Services.AddScoped<DatabaseMigrator>();
        return builder;
    }

    /// <summary>The one place the EF options are set, shared by the app, the migrator and design-time tools.</summary>
    internal static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource, params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
    {
        options.UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable("ef_migrations_history", PlatformDbContext.PlatformSchema))
            .UseSnakeCaseNamingConvention()
            .UseOpenIddict<Guid>()
            .AddInterceptors(interceptors);
        return options;
    }
}
