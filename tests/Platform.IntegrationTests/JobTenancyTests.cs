using System.Collections.Concurrent;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Data;
using Platform.IntegrationTests.Infrastructure;
using Platform.Tenancy;

namespace Platform.IntegrationTests;

/// <summary>Jobs carry the tenant they were enqueued under, and see only that tenant's rows.</summary>
[Collection(PlatformCollection.Name)]
public sealed class JobTenancyTests(PlatformApp app)
{
    private readonly Accounts _accounts = new(app);

    [Fact]
    public async Task A_job_enqueued_under_tenant_a_runs_with_a_current_and_sees_only_as_rows()
    {
        var a = await _accounts.CreateOrganizationAsync();
        var b = await _accounts.CreateOrganizationAsync();
        await _accounts.AddMemberAsync(a, await _accounts.SignUpAsync(), "STAFF");
        foreach (var i in Enumerable.Range(0, 3)) await _accounts.AddMemberAsync(b, await _accounts.SignUpAsync(), "STAFF");

        var tenantA = await TenantIdAsync(a.Slug);
        var marker = Guid.NewGuid();
        var client = app.Service<IBackgroundJobClient>();
        using (app.Service<ICurrentTenant>().Change(tenantA))
        {
            client.Enqueue<TenantProbeJob>(job => job.RunAsync(marker));
        }

        var seen = await Eventually.ValueAsync(() => TenantProbeJob.Seen.GetValueOrDefault(marker), "the probe job to run");

        Assert.Equal(tenantA, seen.TenantId);
        Assert.Equal(2, seen.MembershipCount);
        Assert.All(seen.MembershipTenants, t => Assert.Equal(tenantA, t));
    }

    private async Task<Guid> TenantIdAsync(string slug)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Tenants.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync();
    }
}

/// <summary>A job that records what it sees: the current tenant and the memberships visible through EF + RLS.</summary>
public sealed class TenantProbeJob(ICurrentTenant currentTenant, PlatformDbContext db)
{
    public sealed record Observation(Guid? TenantId, int MembershipCount, List<Guid> MembershipTenants);

    public static readonly ConcurrentDictionary<Guid, Observation> Seen = new();

    public async Task RunAsync(Guid marker)
    {
        // Raw SQL bypasses the EF filter, so only row-level security restricts what this sees.
        var tenants = await db.Database.SqlQueryRaw<Guid>("SELECT tenant_id AS \"Value\" FROM memberships").ToListAsync();
        Seen[marker] = new Observation(currentTenant.Id, tenants.Count, tenants);
    }
}
