using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Api.Features.Bookings.Settings;
using Platform.Api.Realtime;
using Platform.IntegrationTests.Infrastructure;
using Platform.Tenancy.Resolution;

namespace Platform.IntegrationTests.SharedState;

/// <summary>
/// Caches kept coherent across instances by the database's change notifications: a change committed through instance B
/// (or by anyone writing the database) is seen by instance A, which would otherwise have served its copy for hours.
/// </summary>
public sealed class SharedCacheTests(SharedCachesApp app) : IClassFixture<SharedCachesApp>, IAsyncLifetime
{
    private SecondInstance _b = null!;

    public async Task InitializeAsync() => _b = await SecondInstance.StartAsync(app, SharedCachesApp.LongCaches);

    public async Task DisposeAsync() => await _b.DisposeAsync();

    private TenantCache TenantsOnA => app.Services.GetRequiredService<TenantCache>();

    private GraphQLClient A => new(app.Http());

    private GraphQLClient B => new(_b.Http());

    private async Task<string> NameOnAAsync(string slug)
    {
        var page = await A.SendAsync("{ organization { name } }", tenant: slug);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Get("organization.name").GetValue<string>();
    }

    [Fact]
    public async Task An_organization_renamed_through_instance_B_is_seen_by_the_next_request_on_instance_A()
    {
        var org = await new Accounts(app).CreateOrganizationAsync();
        Assert.Equal("Org " + org.Slug, await NameOnAAsync(org.Slug));
        Assert.True(TenantsOnA.Holds(org.Slug));

        var renamed = await B.SendAsync(
            "mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { userErrors { code } } }",
            new { i = new { name = "Renamed on B" } }, org.Owner.Token, org.Slug);
        Assert.Empty(renamed.Get("updateOrganization.userErrors").AsArray());

        Assert.Equal("Renamed on B", await NameOnAAsync(org.Slug));
    }

    [Fact]
    public async Task An_organization_created_through_instance_B_answers_on_instance_A_which_had_cached_its_slug_as_unknown()
    {
        var accounts = new Accounts(app);
        var owner = await accounts.SignUpAsync();
        var slug = "late-" + Guid.NewGuid().ToString("N")[..10];
        Assert.Equal(HttpStatusCode.NotFound, (await A.SendAsync("{ __typename }", tenant: slug)).Status);
        Assert.True(TenantsOnA.Holds(slug));

        var created = await B.SendAsync(
            "mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { userErrors { code } } }",
            new { input = new { name = "Late", slug, timeZone = "UTC", currency = "USD" } }, owner.Token);
        Assert.Empty(created.Get("createOrganization.userErrors").AsArray());

        Assert.Equal("Late", await NameOnAAsync(slug));
    }

    [Fact]
    public async Task A_slug_changed_and_an_organization_suspended_in_the_database_are_seen_by_both_instances()
    {
        var org = await new Accounts(app).CreateOrganizationAsync();
        var newSlug = "moved-" + Guid.NewGuid().ToString("N")[..10];
        await NameOnAAsync(org.Slug);
        Assert.Equal(HttpStatusCode.OK, (await B.SendAsync("{ __typename }", tenant: org.Slug)).Status);

        // An operator's write: no instance is told but through the database.
        await app.Database.ExecuteAsOwnerAsync($"UPDATE platform.tenants SET slug = '{newSlug}' WHERE id = '{TenantId(org)}'");
        // The notification arrives within a moment of the commit; nothing here waits for the ten-hour expiry.
        await Eventually.TrueAsync(() => !TenantsOnA.Holds(org.Slug), "A drops the old slug");

        Assert.Equal(HttpStatusCode.NotFound, (await A.SendAsync("{ __typename }", tenant: org.Slug)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await B.SendAsync("{ __typename }", tenant: org.Slug)).Status);
        Assert.Equal("Org " + org.Slug, await NameOnAAsync(newSlug));

        await app.Database.ExecuteAsOwnerAsync($"UPDATE platform.tenants SET status = 'Suspended' WHERE id = '{TenantId(org)}'");
        await Eventually.TrueAsync(() => !TenantsOnA.Holds(newSlug), "A drops the suspended organization");

        Assert.Equal(HttpStatusCode.Forbidden, (await A.SendAsync("{ __typename }", tenant: newSlug)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await B.SendAsync("{ __typename }", tenant: newSlug)).Status);
    }

    [Fact]
    public async Task A_rolled_back_change_evicts_nothing_and_the_committed_value_is_served()
    {
        var org = await new Accounts(app).CreateOrganizationAsync();
        var marker = await new Accounts(app).CreateOrganizationAsync();
        await NameOnAAsync(org.Slug);
        await NameOnAAsync(marker.Slug);

        await app.Database.ExecuteAsOwnerAsync(
            $"BEGIN; UPDATE platform.tenants SET name = 'Never committed' WHERE id = '{TenantId(org)}'; ROLLBACK;");
        // Notifications arrive in commit order: once the marker's is heard, the rollback's would have been too.
        await app.Database.ExecuteAsOwnerAsync($"UPDATE platform.tenants SET name = 'Marker' WHERE id = '{TenantId(marker)}'");
        await Eventually.TrueAsync(() => !TenantsOnA.Holds(marker.Slug), "A hears the marker's change");

        Assert.True(TenantsOnA.Holds(org.Slug));
        Assert.Equal("Org " + org.Slug, await NameOnAAsync(org.Slug));
    }

    [Fact]
    public async Task Booking_settings_changed_through_instance_B_are_seen_by_the_next_request_on_instance_A()
    {
        var org = await new Accounts(app).CreateOrganizationAsync();
        const string Read = "{ bookingSettings { holdMinutes } }";
        var before = await A.SendAsync(Read, token: org.Owner.Token, tenant: org.Slug);
        Assert.NotEqual(42, before.Get("bookingSettings.holdMinutes").GetValue<int>());
        Assert.True(app.Services.GetRequiredService<BookingSettingsCache>().Holds(TenantId(org)));

        var changed = await B.SendAsync(
            "mutation($i: BookingSettingsInput!) { updateBookingSettings(input: $i) { userErrors { code } } }",
            new { i = new { holdMinutes = 42 } }, org.Owner.Token, org.Slug);
        Assert.Empty(changed.Get("updateBookingSettings.userErrors").AsArray());

        var after = await A.SendAsync(Read, token: org.Owner.Token, tenant: org.Slug);
        Assert.Equal(42, after.Get("bookingSettings.holdMinutes").GetValue<int>());
    }

    [Fact]
    public async Task A_member_removed_through_instance_B_has_no_membership_on_the_next_request_on_instance_A()
    {
        var accounts = new Accounts(app);
        var org = await accounts.CreateOrganizationAsync();
        var member = await accounts.SignUpAsync();
        var membershipId = await accounts.AddMemberAsync(org, member, "STAFF");
        const string Read = "{ viewer { membership { staffRole } } }";
        var before = await A.SendAsync(Read, token: member.Token, tenant: org.Slug);
        Assert.Equal("STAFF", before.Get("viewer.membership.staffRole").GetValue<string>());

        var removed = await B.SendAsync(
            "mutation($id: ID!) { removeMember(membershipId: $id) { userErrors { code } } }",
            new { id = membershipId }, org.Owner.Token, org.Slug);
        Assert.Empty(removed.Get("removeMember.userErrors").AsArray());

        var after = await A.SendAsync(Read, token: member.Token, tenant: org.Slug);
        Assert.Null(after.Data!["viewer"]!["membership"]);
    }

    [Fact]
    public async Task After_the_listener_reconnects_a_change_it_could_not_hear_is_seen()
    {
        var org = await new Accounts(app).CreateOrganizationAsync();
        await NameOnAAsync(org.Slug);

        // A change no notification announces, as one made while the listener was away would be.
        await app.Database.ExecuteAsOwnerAsync($"""
            BEGIN;
            ALTER TABLE platform.tenants DISABLE TRIGGER tenants_notify_update;
            UPDATE platform.tenants SET name = 'Unheard' WHERE id = '{TenantId(org)}';
            ALTER TABLE platform.tenants ENABLE TRIGGER tenants_notify_update;
            COMMIT;
            """);
        Assert.Equal("Org " + org.Slug, await NameOnAAsync(org.Slug));

        var listener = app.Services.GetRequiredService<EventListener>();
        var connections = listener.Connections;
        await using (var connection = new NpgsqlConnection(app.Database.AppConnectionString))
        {
            // As the application role, which owns the listeners' sessions (this test database's only).
            await connection.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                + "WHERE datname = current_database() AND application_name = 'platform-realtime-listener'", connection);
            Assert.True((long)(await kill.ExecuteScalarAsync())! >= 1);
        }

        await Eventually.TrueAsync(() => listener.Connections > connections, "A's listener reconnects");
        Assert.Equal("Unheard", await NameOnAAsync(org.Slug));
    }

    private static Guid TenantId(Accounts.Organization org) => Catalog.Id(org.Id, "Organization");
}
