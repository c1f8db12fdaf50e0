using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Api.Data;
using Platform.IntegrationTests.Infrastructure;
using Platform.Tenancy;

namespace Platform.IntegrationTests;

/// <summary>Isolation enforced by PostgreSQL itself, checked with raw SQL as the application role.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RowLevelSecurityTests(PlatformApp app)
{
    private readonly Accounts _accounts = new(app);

    /// <summary>Every table of an entity implementing ITenantOwned, read from the EF model.</summary>
    private List<string> TenantOwnedTables()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        return db.Model.GetEntityTypes()
            .Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType))
            .Select(e => e.GetTableName()!)
            .Distinct()
            .ToList();
    }

    [Fact]
    public async Task Every_tenant_owned_table_has_forced_row_level_security_with_the_tenant_policy()
    {
        var tables = TenantOwnedTables();
        Assert.NotEmpty(tables);
        await using var connection = await OpenAsync(app.Database.OwnerConnectionString);

        // Also: every table anywhere with a tenant_id column must be among them (no exceptions).
        var withTenantColumn = await ListAsync(connection,
            "SELECT c.table_schema || '.' || c.table_name FROM information_schema.columns c WHERE c.column_name = 'tenant_id' AND c.table_schema NOT IN ('pg_catalog','information_schema')");
        Assert.All(withTenantColumn, table => Assert.Contains(table.Split('.')[1], tables));

        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand("""
                SELECT c.relrowsecurity, c.relforcerowsecurity, p.qual, p.with_check
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_policies p ON p.schemaname = n.nspname AND p.tablename = c.relname AND p.policyname = 'tenant_isolation'
                WHERE n.nspname = 'public' AND c.relname = $1
                """, connection) { Parameters = { new() { Value = table } } };
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync(), $"{table} not found");
            Assert.True(reader.GetBoolean(0), $"{table}: row level security not enabled");
            Assert.True(reader.GetBoolean(1), $"{table}: row level security not forced");
            Assert.False(reader.IsDBNull(2), $"{table}: no tenant_isolation policy");
            Assert.Contains("current_setting('app.tenant_id'", reader.GetString(2), StringComparison.Ordinal);
            Assert.Contains("current_setting('app.tenant_id'", reader.GetString(3), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Application_role_cannot_bypass_row_level_security_or_own_tables()
    {
        await using var connection = await OpenAsync(app.Database.AppConnectionString);
        await using var command = new NpgsqlCommand("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.False(reader.GetBoolean(0));
        Assert.False(reader.GetBoolean(1));
        await reader.CloseAsync();
        var owned = await ListAsync(connection, "SELECT tablename FROM pg_tables WHERE tableowner = current_user");
        Assert.Empty(owned);
    }

    [Fact]
    public async Task With_no_tenant_set_the_application_role_sees_zero_rows_of_every_tenant_owned_table()
    {
        var org = await _accounts.CreateOrganizationAsync();
        await _accounts.DefineRoleAsync(org, "member");
        await _accounts.GraphQL.SendAsync("mutation { inviteMember(input: { email: \"x@example.test\" }) { invitation { id } } }", null, org.Owner.Token, org.Slug);
        await FillCatalogAsync(org);
        var tenantId = await TenantIdAsync(org.Slug);

        await using var connection = await OpenAsync(app.Database.AppConnectionString);
        foreach (var table in TenantOwnedTables())
        {
            Assert.Equal(0L, await ScalarAsync(connection, $"SELECT count(*) FROM {table}"));
        }

        // The same rows exist: with the tenant set they are visible.
        await ScalarAsync(connection, $"SELECT set_config('app.tenant_id', '{tenantId}', false)");
        foreach (var table in TenantOwnedTables())
        {
            Assert.True(await ScalarAsync(connection, $"SELECT count(*) FROM {table}") > 0, $"{table} should have rows for the tenant");
        }
    }

    [Fact]
    public async Task With_tenant_a_set_a_row_stamped_with_tenant_b_cannot_be_inserted_or_moved()
    {
        var a = await TenantIdAsync((await _accounts.CreateOrganizationAsync()).Slug);
        var b = await TenantIdAsync((await _accounts.CreateOrganizationAsync()).Slug);
        await using var connection = await OpenAsync(app.Database.AppConnectionString);
        await ScalarAsync(connection, $"SELECT set_config('app.tenant_id', '{a}', false)");

        var insert = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(connection,
            $"INSERT INTO customer_roles (tenant_id, id, key, name, created_at) VALUES ('{b}', gen_random_uuid(), 'sneaky', 'Sneaky', now())"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, insert.SqlState);

        await ScalarAsync(connection, $"INSERT INTO customer_roles (tenant_id, id, key, name, created_at) VALUES ('{a}', gen_random_uuid(), 'own', 'Own', now())");
        var move = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(connection, $"UPDATE customer_roles SET tenant_id = '{b}' WHERE key = 'own'"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, move.SqlState);
    }

    [Fact]
    public async Task SaveChanges_refuses_to_write_another_tenants_row_before_the_database_does()
    {
        var a = await TenantIdAsync((await _accounts.CreateOrganizationAsync()).Slug);
        var b = await TenantIdAsync((await _accounts.CreateOrganizationAsync()).Slug);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        using (app.Service<ICurrentTenant>().Change(a))
        {
            db.CustomerRoles.Add(new Platform.Api.Features.Organizations.CustomerRole { Id = Guid.NewGuid(), TenantId = b, Key = "other", Name = "Other" });
            await Assert.ThrowsAsync<Platform.Tenancy.EntityFramework.CrossTenantWriteException>(() => db.SaveChangesAsync());
        }
    }

    private async Task<Guid> TenantIdAsync(string slug)
    {
        await using var connection = await OpenAsync(app.Database.AppConnectionString);
        await using var command = new NpgsqlCommand("SELECT id FROM platform.tenants WHERE slug = $1", connection) { Parameters = { new() { Value = slug } } };
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>One row in every catalog table, so the coverage test sees each of them hold data.</summary>
    private async Task FillCatalogAsync(Accounts.Organization org)
    {
        var catalog = new Catalog(app, _accounts);
        var provider = await catalog.CreateProviderAsync(org, "Europe/London");
        var offering = await catalog.CreateOfferingAsync(org, new { name = "Lesson", providerIds = new[] { provider } });
        await _accounts.GraphQL.SendAsync("mutation($id: ID!) { setPriceRules(offeringId: $id, rules: [{ role: \"public\", unitAmount: 100, currency: \"USD\" }]) { userErrors { code } } }", new { id = offering }, org.Owner.Token, org.Slug);
        await _accounts.GraphQL.SendAsync("mutation($id: ID!) { setDateOverride(input: { providerId: $id, date: \"2030-01-01\", hours: [] }) { userErrors { code } } }", new { id = provider }, org.Owner.Token, org.Slug);
        await _accounts.GraphQL.SendAsync("mutation { addBlackout(input: { startsAt: \"2030-01-01T00:00:00Z\", endsAt: \"2030-01-02T00:00:00Z\" }) { userErrors { code } } }", null, org.Owner.Token, org.Slug);
        await catalog.InsertBusyAsync(org, provider, new DateTimeOffset(2030, 1, 3, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 1, 3, 10, 0, 0, TimeSpan.Zero));
        await catalog.InsertBookingsAsync(org, new Catalog.BookingRow(offering, provider, new DateTimeOffset(2030, 1, 4, 9, 0, 0, TimeSpan.Zero), 60));
        await FillBookingsAsync(org);
        await FillNotificationsAsync(org);
        await FillCalendarsAsync(org);
    }

    /// <summary>One row in every calendar table: a Google connection, a booking written to it, an outside event over it.</summary>
    private async Task FillCalendarsAsync(Accounts.Organization org)
    {
        var flow = new CalendarTests.CalendarFlow(app);
        var (providerId, person) = await flow.Bookings.ProviderAsync(org);
        var shop = new Bookings.Shop(org, providerId, person);
        var offering = await flow.Bookings.OfferingAsync(shop);
        var email = $"rls-{Guid.NewGuid():N}@gmail.test";
        app.Providers.Google.AddAccount(email, "UTC");
        var connectionId = await flow.ConnectAsync(shop, "GOOGLE", email);
        await flow.SyncedAsync(shop, connectionId);
        var start = Bookings.Slot(days: 9);
        await flow.Bookings.HeldAsync(shop, (await _accounts.SignUpAsync()).Token,
            new { offeringId = offering, start, idempotencyKey = "fill-calendar" });
        await Eventually.TrueAsync(() => app.Providers.Google.Events(email, email).Any(e => e.Start == start), "the booking written");
        app.Providers.Google.AddEvent(email, email, "Clash", start, start.AddMinutes(30));
        await flow.SyncAsync(shop, connectionId);
        // A video account (the booking above got its Jitsi room, the default, without one).
        var video = await _accounts.GraphQL.SendAsync("mutation($i: SetVideoProviderInput!) { setVideoProvider(input: $i) { userErrors { code } } }",
            new { i = new { provider = "DAILY", apiKey = app.Providers.Daily.ApiKey } }, org.Owner.Token, org.Slug);
        Assert.Empty(video.Get("setVideoProvider.userErrors").AsArray());
        await Eventually.TrueAsync(async () => await flow.Bookings.ScalarAsync<long>(org, "SELECT count(*) FROM booking_video_rooms") > 0,
            "a video room");
    }

    /// <summary>One row in every notifications and integrations table, through the API.</summary>
    private async Task FillNotificationsAsync(Accounts.Organization org)
    {
        async Task MutateAsync(string mutation, object? variables, string field)
        {
            var result = await _accounts.GraphQL.SendAsync(mutation, variables, org.Owner.Token, org.Slug);
            Assert.True(result.Errors is null && result.Get($"{field}.userErrors").AsArray().Count == 0, result.Body?.ToJsonString());
        }

        await MutateAsync("mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { userErrors { code } } }",
            new { i = new { url = "http://127.0.0.1:9/hooks", events = new[] { "member.added" } } }, "createWebhookEndpoint");
        await MutateAsync("mutation { createIntegrationClient(input: { name: \"Fill\", staffRole: STAFF }) { userErrors { code } } }", null,
            "createIntegrationClient");
        await MutateAsync("mutation { createCalendarFeed { userErrors { code } } }", null, "createCalendarFeed");
        await MutateAsync("mutation($i: SetNotificationTemplateInput!) { setNotificationTemplate(input: $i) { userErrors { code } } }",
            new { i = new { message = "booking_reminder", language = "en", subject = "Soon", html = "<p>Soon</p>", text = "Soon" } },
            "setNotificationTemplate");
        // A member joining is an outbox event; the endpoint above hears it: a delivery row.
        await _accounts.AddMemberAsync(org, await _accounts.SignUpAsync(), "STAFF");
        var tenantId = await TenantIdAsync(org.Slug);
        await Eventually.TrueAsync(async () =>
        {
            await using var connection = await app.Database.OpenAsTenantAsync(tenantId);
            return await ScalarAsync(connection, "SELECT count(*) FROM notification_deliveries") > 0;
        }, "a notification delivery");
    }

    /// <summary>One row in every booking table: settings, a cart hold (event, idempotency key), a series, a full group session's waitlist.</summary>
    private async Task FillBookingsAsync(Accounts.Organization org)
    {
        var bookings = new Bookings(app);
        var (providerId, person) = await bookings.ProviderAsync(org);
        var shop = new Bookings.Shop(org, providerId, person) { StripeAccountId = await bookings.Payments.EnableAsync(org) };
        await _accounts.GraphQL.SendAsync("mutation { updateBookingSettings(input: { holdMinutes: 20 }) { userErrors { code } } }", null, org.Owner.Token, org.Slug);
        var paid = await bookings.OfferingAsync(shop, price: 500);
        var customer = await _accounts.SignUpAsync();
        var cart = await _accounts.GraphQL.SendAsync("mutation { createCart { cart { id } } }", null, customer.Token, org.Slug);
        await bookings.HeldAsync(shop, customer.Token, new { offeringId = paid, start = Bookings.Slot(0), cartId = cart.Get("createCart.cart.id").GetValue<string>(), idempotencyKey = "fill" });
        var series = await _accounts.GraphQL.SendAsync(
            "mutation($input: BookSeriesInput!) { bookSeries(input: $input) { userErrors { code } } }",
            new { input = new { offeringId = paid, start = Bookings.Slot(2), frequency = "WEEKLY", occurrences = 2, mode = "ALL_OR_NOTHING", idempotencyKey = "fill-series" } }, customer.Token, org.Slug);
        Assert.Empty(series.Get("bookSeries.userErrors").AsArray());
        var group = await bookings.OfferingAsync(shop, extra: new { format = "GROUP", capacity = 1, kind = "WORKSHOP" });
        await bookings.HeldAsync(shop, customer.Token, new { offeringId = group, start = Bookings.Slot(5), idempotencyKey = "fill-group" });
        var join = await _accounts.GraphQL.SendAsync("mutation($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { userErrors { code } } }",
            new { input = new { offeringId = group, providerId, start = Bookings.Slot(5) } }, (await _accounts.SignUpAsync()).Token, org.Slug);
        Assert.Empty(join.Get("joinWaitlist.userErrors").AsArray());
        await FillPaymentsAsync(bookings, shop, paid, customer);
    }

    /// <summary>One row in every payments table: the account, a captured payment refunded by the host, a dispute, a payout.</summary>
    private async Task FillPaymentsAsync(Bookings bookings, Bookings.Shop shop, string paid, Accounts.Person customer)
    {
        var (booking, intent) = await bookings.Payments.PaidHoldAsync(bookings, shop, customer.Token, paid, Bookings.Slot(8));
        await app.Stripe.AuthorizeAsync(intent);
        var id = booking["id"]!.GetValue<string>();
        await bookings.Payments.UntilAsync(bookings, shop, id, "CONFIRMED", "CAPTURED");
        await bookings.ActAsync(shop, shop.Org.Owner.Token, "cancelBooking", id);
        // Stripe disputes only money still captured: another paid booking is disputed.
        var (disputed, disputedIntent) = await bookings.Payments.PaidHoldAsync(bookings, shop, customer.Token, paid, Bookings.Slot(9));
        await app.Stripe.AuthorizeAsync(disputedIntent);
        await bookings.Payments.UntilAsync(bookings, shop, disputed["id"]!.GetValue<string>(), "CONFIRMED", "CAPTURED");
        await app.Stripe.DisputeAsync(disputedIntent);
        await app.Stripe.PayoutAsync(shop.StripeAccountId!, 1_000);
        await bookings.Payments.DrainedAsync();
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is long count ? count : 0;
    }

    private static async Task<List<string>> ListAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }
}
