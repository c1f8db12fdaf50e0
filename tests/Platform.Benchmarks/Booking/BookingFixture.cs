using Platform.Api.GraphQL.Relay;
using Platform.Benchmarks.Infrastructure;

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

    private static readonly string[] EveryDay = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];

    public static async Task<BookingFixture> CreateAsync(Accounts accounts, BenchDatabase database, int customers, CancellationToken cancellationToken)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var ownerEmail = $"owner-{run}@bench.test";
        await accounts.SignUpAsync(ownerEmail, cancellationToken);
        var token = await accounts.TokenAsync(ownerEmail, cancellationToken);
        var slug = "bench-booking-" + run;
        var organization = await accounts.SendAsync(
            "mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } userErrors { code message } } }",
            new { input = new { name = "Bench " + run, slug, timeZone = "UTC", currency = "USD" } }, token, null, "createOrganization", cancellationToken);
        var tenantId = GlobalId.TryDecode(organization["organization"]!["id"]!.GetValue<string>(), "Organization")!.Value;
        await EnableChargesAsync(database, tenantId, cancellationToken);

        var providers = new List<string>();
        for (var i = 0; i < ProviderCount; i++)
        {
            var email = $"provider-{i}-{run}@bench.test";
            await accounts.SignUpAsync(email, cancellationToken);
            var membership = await accounts.SendAsync(
                "mutation($input: MemberInput!) { addMember(input: $input) { membership { id } userErrors { code message } } }",
                new { input = new { email, staffRole = "PROVIDER", customerRoles = Array.Empty<string>() } }, token, slug, "addMember", cancellationToken);
            var provider = await accounts.SendAsync(
                "mutation($input: SetProviderScheduleInput!) { setProviderSchedule(input: $input) { provider { id } userErrors { code message } } }",
                new { input = new { membershipId = membership["membership"]!["id"]!.GetValue<string>(), timeZone = "UTC", weeklyHours = EveryDay.Select(d => new { dayOfWeek = d, start = "00:00", end = "24:00" }) } },
                token, slug, "setProviderSchedule", cancellationToken);
            providers.Add(provider["provider"]!["id"]!.GetValue<string>());
        }

        var offering = await accounts.SendAsync(
            "mutation($input: OfferingInput!) { createOffering(input: $input) { offering { id } userErrors { code message } } }",
            new { input = new { name = "Lesson", durationsMinutes = new[] { 60 }, slotIntervalMinutes = 60, bookingWindowDays = 730, providerIds = providers } },
            token, slug, "createOffering", cancellationToken);
        var offeringId = offering["offering"]!["id"]!.GetValue<string>();
        await accounts.SendAsync(
            "mutation($id: ID!) { setPriceRules(offeringId: $id, rules: [{ role: \"public\", unitAmount: 2500, currency: \"USD\" }]) { userErrors { code message } } }",
            new { id = offeringId }, token, slug, "setPriceRules", cancellationToken);

        var tokens = new List<string>();
        for (var i = 0; i < customers; i++)
        {
            var email = $"customer-{i:00}-{run}@bench.test";
            await accounts.SignUpAsync(email, cancellationToken);
            tokens.Add(await accounts.TokenAsync(email, cancellationToken));
        }
        return new BookingFixture(slug, tenantId, offeringId, providers, tokens);
    }

    /// <summary>
    /// Stands for finished Stripe onboarding (which needs Stripe): the organization's payment account
    /// with charges enabled, written under its tenant through row-level security like any row of it.
    /// </summary>
    private static async Task EnableChargesAsync(BenchDatabase database, Guid tenantId, CancellationToken cancellationToken)
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
