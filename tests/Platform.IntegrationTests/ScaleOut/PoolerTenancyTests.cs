using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Api.Data;
using Platform.IntegrationTests.Infrastructure;
using Platform.Tenancy;

namespace Platform.IntegrationTests.ScaleOut;

/// <summary>
/// Two organizations' statements interleaved over one PgBouncer server connection (transaction mode): the settings
/// the row-level-security policies read must travel with each transaction, never stay on the server session.
/// </summary>
/// <remarks>
/// Written against the host's own DbContext and ICurrentTenant, so it runs unchanged against any tenancy code:
/// against the session-level settings Platform used before (set when a connection opened), the second step hands
/// B's tenant to A's statement and the test fails. The control shows the pooler does share the server session.
/// </remarks>
[Collection(PlatformCollection.Name)]
public sealed class PoolerTenancyTests(PlatformApp app)
{
    private readonly Accounts _accounts = new(app);

    [Fact]
    public async Task Interleaved_tenants_on_one_server_connection_never_see_each_others_settings()
    {
        var (a, b) = (await TenantIdAsync(await _accounts.CreateOrganizationAsync()), await TenantIdAsync(await _accounts.CreateOrganizationAsync()));
        await using var instance = await SecondInstance.StartAsync(app, PooledSettings());
        var tenant = instance.Services.GetRequiredService<ICurrentTenant>();
        using var scopeA = instance.Services.CreateScope();
        using var scopeB = instance.Services.CreateScope();
        var dbA = scopeA.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var dbB = scopeB.ServiceProvider.GetRequiredService<PlatformDbContext>();

        // Each context opens its own client connection to the pooler, as two requests would.
        using (tenant.Change(a)) await dbA.Database.OpenConnectionAsync();
        using (tenant.Change(b)) await dbB.Database.OpenConnectionAsync();

        (int Backend, Seen Seen) readA, readB;
        using (tenant.Change(a)) readA = await ReadAsync(dbA);
        using (tenant.Change(b)) readB = await ReadAsync(dbB);
        var (backendA, backendB) = (readA.Backend, readB.Backend);
        Assert.Equal(new Seen(a.ToString(), [a]), readA.Seen);
        using (tenant.Change(a))
        {
            var (again, seenAgain) = await ReadAsync(dbA);
            Assert.Equal(backendA, again);
            Assert.Equal(new Seen(a.ToString(), [a]), seenAgain);
        }

        // Only meaningful if both clients really shared one server session (PgBouncer reuses the last idle one).
        Assert.Equal(backendA, backendB);
        Assert.Equal(new Seen(b.ToString(), [b]), readB.Seen);
        // A write for A between B's reads: stamped and checked against A, refused for nobody.
        using (tenant.Change(a))
        {
            await using var transaction = await dbA.Database.BeginTransactionAsync();
            Assert.Equal([a], await dbA.Memberships.IgnoreQueryFilters().Select(m => m.TenantId).Distinct().ToListAsync());
            using (tenant.Change(b)) Assert.Equal(new Seen(b.ToString(), [b]), (await ReadAsync(dbB)).Seen);
            Assert.Equal([a], await dbA.Memberships.IgnoreQueryFilters().Select(m => m.TenantId).Distinct().ToListAsync());
            await transaction.CommitAsync();
        }

        // Nothing outlives a transaction: a bare statement on the shared session sees no tenant at all.
        await using var bare = new NpgsqlConnection(PooledConnectionString());
        await bare.OpenAsync();
        await using var probe = new NpgsqlCommand("SELECT coalesce(current_setting('app.tenant_id', true), '')", bare);
        Assert.Equal("", await probe.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Control_session_settings_do_leak_through_a_transaction_pooler()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        await using var clientA = new NpgsqlConnection(PooledConnectionString());
        await using var clientB = new NpgsqlConnection(PooledConnectionString());
        await clientA.OpenAsync();
        await clientB.OpenAsync();
        await SetForSessionAsync(clientA, a);
        await SetForSessionAsync(clientB, b);

        await using var read = new NpgsqlCommand("SELECT current_setting('app.tenant_id', true)", clientA);
        Assert.Equal(b.ToString(), await read.ExecuteScalarAsync());
    }

    private sealed record Seen(string Setting, Guid[] MembershipTenants)
    {
        public bool Equals(Seen? other) => other is not null && Setting == other.Setting && MembershipTenants.SequenceEqual(other.MembershipTenants);

        public override int GetHashCode() => Setting.GetHashCode(StringComparison.Ordinal);
    }

    /// <summary>Autocommit reads, each its own transaction: the backend that ran them, the setting and what RLS let through.</summary>
    private static async Task<(int Backend, Seen Seen)> ReadAsync(PlatformDbContext db)
    {
        var backend = await db.Database.SqlQuery<int>($"SELECT pg_backend_pid() AS \"Value\"").SingleAsync();
        var setting = await db.Database.SqlQuery<string>($"SELECT coalesce(current_setting('app.tenant_id', true), '') AS \"Value\"").SingleAsync();
        // Past EF's own tenant filter: only row-level security decides what comes back.
        var tenants = await db.Memberships.IgnoreQueryFilters().Select(m => m.TenantId).Distinct().ToArrayAsync();
        return (backend, new Seen(setting, tenants));
    }

    private static async Task SetForSessionAsync(NpgsqlConnection connection, Guid tenant)
    {
        await using var set = new NpgsqlCommand("SELECT set_config('app.tenant_id', $1, false)", connection);
        set.Parameters.Add(new NpgsqlParameter { Value = tenant.ToString() });
        await set.ExecuteScalarAsync();
    }

    private async Task<Guid> TenantIdAsync(Accounts.Organization organization) =>
        await app.Database.ScalarAsync<Guid>($"SELECT id FROM platform.tenants WHERE slug = '{organization.Slug}'");

    /// <summary>
    /// The run's PgBouncer for this test's database, spelled out so the test does not depend on the app's own pooler
    /// switch: no prepared statements, no reset on close.
    /// </summary>
    private string PooledConnectionString() =>
        new NpgsqlConnectionStringBuilder(app.Database.PooledAppConnectionString
            ?? throw new InvalidOperationException("No PgBouncer in this run: ./platform test exports ConnectionStrings__PlatformPooled."))
        {
            MaxAutoPrepare = 0, NoResetOnClose = true, ApplicationName = "pooler-tenancy-test",
        }.ConnectionString;

    private (string, string)[] PooledSettings() =>
    [
        ("ConnectionStrings:Platform", PooledConnectionString()),
        ("ConnectionStrings:PlatformDirect", app.Database.AppConnectionString),
        ("Database:Pooler", "Transaction"),
    ];
}
