using System.Security.Claims;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Platform.Api.Data;
using Platform.Api.Features.Bookings.Expiry;
using Platform.Api.Features.Payments.Reconciliation;
using Platform.Api.Features.Payments.Webhooks;
using Platform.Api.Identity;
using Platform.Modules;
using Platform.Tenancy;
using Platform.Tenancy.Jobs;

namespace Platform.Api.Jobs;

/// <summary>
/// Hangfire on PostgreSQL (schema <c>hangfire</c>, created by the migrator as the owner). Every job
/// carries the tenant it was enqueued under and runs with it restored.
/// </summary>
public static class JobsExtensions
{
    /// <summary>
    /// <c>Jobs:Enabled=false</c> leaves Hangfire out entirely. Hangfire keeps process-wide static state
    /// (log provider, current storage), so only one host per process may own it; tests that start
    /// extra hosts turn it off there.
    /// </summary>
    public static bool IsEnabled(IConfiguration configuration) =>
        configuration.GetValue($"{JobsOptions.Section}:{nameof(JobsOptions.Enabled)}", true);

    public static IHostApplicationBuilder AddPlatformJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<JobsOptions>(JobsOptions.Section);
        if (!IsEnabled(builder.Configuration)) return builder;
        var runServer = builder.Configuration.GetValue($"{JobsOptions.Section}:{nameof(JobsOptions.RunServer)}", true);
        // Its own small pool, on the direct connection (Hangfire holds session-level locks, which a transaction pooler
        // would hand to other clients): workers and polling need few connections, and requests keep theirs.
        var connectionString = DataExtensions.WithPoolLimit(
            ConnectionStringNames.DirectOrApplication(builder.Configuration), JobsOptions.PoolSize(runServer));
        builder.Services.AddHangfire((services, configuration) => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseFilter(new TenantJobFilter(services.GetRequiredService<ICurrentTenant>()))
            .UsePostgreSqlStorage(options => options.UseNpgsqlConnection(connectionString), new PostgreSqlStorageOptions
            {
                SchemaName = DatabaseMigrator.JobsSchema,
                // The application role cannot create tables; the migrator installs the schema.
                PrepareSchemaIfNecessary = false,
                QueuePollInterval = TimeSpan.FromSeconds(1),
            }));
        if (runServer)
        {
            builder.Services.AddHangfireServer((services, options) =>
            {
                options.WorkerCount = services.GetRequiredService<IOptions<JobsOptions>>().Value.WorkerCount
                    ?? Math.Max(2, Environment.ProcessorCount * 2);
                options.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            });
        }

        return builder;
    }

    /// <summary>
    /// The recurring schedule. Registered without a tenant: each recurring job visits every
    /// organization itself, under that organization's tenant.
    /// </summary>
    public static void ScheduleRecurringJobs(this WebApplication app)
    {
        if (!IsEnabled(app.Configuration)) return;
        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<ExpireBookingsJob>(
            ExpireBookingsJob.RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        recurring.AddOrUpdate<ReconcilePaymentsJob>(
            ReconcilePaymentsJob.RecurringId, job => job.RunAsync(CancellationToken.None), "*/5 * * * *");
        recurring.AddOrUpdate<SweepStripeInboxJob>(
            SweepStripeInboxJob.RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
    }

    /// <summary>The dashboard, for platform administrators only.</summary>
    public static IApplicationBuilder UsePlatformJobsDashboard(this IApplicationBuilder app) =>
        !IsEnabled(app.ApplicationServices.GetRequiredService<IConfiguration>())
            ? app
            : app.UseHangfireDashboard("/hangfire", new DashboardOptions
            {
                Authorization = [],
                AsyncAuthorization = [new PlatformAdminDashboardFilter()],
                DisplayStorageConnectionString = false,
            });

    /// <summary>
    /// The same rule as everywhere else (<see cref="PlatformAdministrators"/>) for the user signed in through the
    /// browser sign-in cookie; bearer tokens cannot be sent by a browser navigation.
    /// </summary>
    private sealed class PlatformAdminDashboardFilter : IDashboardAsyncAuthorizationFilter
    {
        public async Task<bool> AuthorizeAsync(DashboardContext context)
        {
            var http = context.GetHttpContext();
            var result = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
            Guid? userId = Guid.TryParse(result.Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
            var administrators = http.RequestServices.GetRequiredService<PlatformAdministrators>();
            return await administrators.IsAsync(userId, http.RequestAborted);
        }
    }
}
