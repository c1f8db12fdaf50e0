namespace Platform.Benchmarks.Booking;

/// <summary>
/// One organization ready to take holds: providers working around the clock in UTC, one paid
/// one-hour offering (so every hold stays HELD awaiting payment, the common path), and customers
/// with tokens. Built through the public API, as a real organization would be.
/// </summary>
public sealed record BookingFixture(string Slug, Guid TenantId, string OfferingId, IReadOnlyList<string> ProviderIds, IReadOnlyList<string> CustomerTokens)
{
    public const int ProviderCount = 4;
    public const int PriceCents = 2500;

    public static async Task<BookingFixture> CreateAsync(Accounts accounts, Catalog catalog, TestDatabase database, int customers, CancellationToken cancellationToken)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var owner = await accounts.SignUpAsync($"owner-{run}@bench.test");
        var organization = await accounts.CreateOrganizationAsync(owner, timeZone: "UTC", currency: "USD");
        var tenantId = Catalog.Id(organization.Id, "Organization");
        await EnableChargesAsync(database, tenantId, cancellationToken);

        var providers = new List<string>();
        for (var i = 0; i < ProviderCount; i++) providers.Add(await catalog.CreateProviderAsync(organization, "UTC", "00:00", "24:00"));

        var offering = await catalog.CreateOfferingAsync(organization,
            new { name = "Lesson", durationsMinutes = new[] { 60 }, slotIntervalMinutes = 60, bookingWindowDays = 730, providerIds = providers });
        await catalog.PriceAsync(organization, offering, ("public", PriceCents));

        var tokens = new List<string>();
        for (var i = 0; i < customers; i++) tokens.Add((await accounts.SignUpAsync($"customer-{i:00}-{run}@bench.test")).Token);
        return new BookingFixture(organization.Slug, tenantId, offering, providers, tokens);
    }

    /// <summary>
    /// Stands for finished Stripe onboarding (which needs Stripe): the organization's payment account
    /// with charges enabled, written under its tenant through row-level security like any row of it.
    /// </summary>
    private static async Task EnableChargesAsync(TestDatabase database, Guid tenantId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsTenantAsync(tenantId, cancellationToken);
        await using var insert = new Npgsql.NpgsqlCommand("""
            INSERT INTO payment_accounts (tenant_id, stripe_account_id, charges_enabled, payouts_enabled, details_submitted, requirements, fee_basis_points, fee_fixed_amount, created_at, updated_at)
            VALUES ($1, 'acct_benchmark', true, true, true, '{}', 500, 30, now(), now())
            """, connection);
        insert.Parameters.Add(new Npgsql.NpgsqlParameter { Value = tenantId });
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }
}
