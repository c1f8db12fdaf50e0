using Npgsql;
using Platform.Api.GraphQL.Relay;

namespace Platform.Testing;

/// <summary>Builds catalog fixtures through the API (providers, offerings, prices) and writes bookings straight to the table the booking flow will fill.</summary>
public sealed class Catalog(ITestHost app, Accounts accounts)
{
    public static readonly string[] EveryDay = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];

    public GraphQLClient GraphQL => accounts.GraphQL;

    /// <summary>Signs up a person, makes them a PROVIDER of <paramref name="organization"/> with the same hours every day; returns the provider's global id.</summary>
    public async Task<string> CreateProviderAsync(Accounts.Organization organization, string timeZone, string start = "09:00", string end = "17:00")
    {
        var person = await accounts.SignUpAsync();
        var membershipId = await accounts.AddMemberAsync(organization, person, "PROVIDER");
        var result = await GraphQL.SendAsync(
            "mutation($input: SetProviderScheduleInput!) { setProviderSchedule(input: $input) { provider { id } userErrors { code message } } }",
            new { input = new { membershipId, timeZone, weeklyHours = EveryDay.Select(d => new { dayOfWeek = d, start, end }) } },
            organization.Owner.Token, organization.Slug);
        if (result.Get("setProviderSchedule.userErrors").AsArray().Count > 0) throw new InvalidOperationException(result.Body!.ToJsonString());
        return result.Get("setProviderSchedule.provider.id").GetValue<string>();
    }

    /// <summary>Creates an offering from <paramref name="input"/> (an anonymous object of OfferingInput fields); returns its global id.</summary>
    public async Task<string> CreateOfferingAsync(Accounts.Organization organization, object input)
    {
        var result = await GraphQL.SendAsync(
            "mutation($input: OfferingInput!) { createOffering(input: $input) { offering { id } userErrors { code field message } } }",
            new { input }, organization.Owner.Token, organization.Slug);
        if (result.Get("createOffering.userErrors").AsArray().Count > 0) throw new InvalidOperationException(result.Body!.ToJsonString());
        return result.Get("createOffering.offering.id").GetValue<string>();
    }

    /// <summary>Sets the offering's price rules: unit amounts in minor units of the organization's currency, per customer role.</summary>
    public async Task PriceAsync(Accounts.Organization organization, string offeringId, params (string Role, long Amount)[] rules)
    {
        var result = await GraphQL.SendAsync(
            "mutation($id: ID!, $rules: [PriceRuleInput!]!) { setPriceRules(offeringId: $id, rules: $rules) { userErrors { code message } } }",
            new { id = offeringId, rules = rules.Select(r => new { role = r.Role, unitAmount = r.Amount, currency = organization.Currency }) },
            organization.Owner.Token, organization.Slug);
        if (result.Get("setPriceRules.userErrors").AsArray().Count > 0) throw new InvalidOperationException(result.Body!.ToJsonString());
    }

    public async Task<GraphQLClient.Response> SlotsAsync(Accounts.Organization organization, object variables, string? token = null) =>
        await GraphQL.SendAsync(
            """
            query($offeringId: ID!, $providerId: ID, $from: DateOnly!, $to: DateOnly!, $timeZone: String, $seats: Int, $includeFull: Boolean, $durationMinutes: Int) {
              availableSlots(offeringId: $offeringId, providerId: $providerId, from: $from, to: $to, timeZone: $timeZone, seats: $seats, includeFull: $includeFull, durationMinutes: $durationMinutes) {
                timeZone slots { start end localStart remainingSeats provider { id } } userErrors { code field message }
              }
            }
            """, variables, token, organization.Slug);

    /// <summary>The slot starts of a successful availableSlots response, as UTC instants.</summary>
    public static List<DateTimeOffset> Starts(GraphQLClient.Response response)
    {
        if (response.Errors is not null || response.Get("availableSlots.userErrors").AsArray().Count > 0)
            throw new InvalidOperationException(response.Body?.ToJsonString());
        return [.. response.Get("availableSlots.slots").AsArray().Select(s => DateTimeOffset.Parse(s!["start"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture))];
    }

    public sealed record BookingRow(string OfferingId, string ProviderId, DateTimeOffset Start, int Minutes)
    {
        public int BufferBeforeMinutes { get; init; }

        public int BufferAfterMinutes { get; init; }

        public string Status { get; init; } = "Confirmed";

        public DateTimeOffset? HoldExpiresAt { get; init; }

        public int Seats { get; init; } = 1;

        /// <summary>A seat of a group occurrence: shares the occurrence row (and its key in the exclusion constraint).</summary>
        public bool Group { get; init; }
    }

    /// <summary>Writes bookings as the booking flow will: through RLS, under the organization's tenant.</summary>
    public async Task InsertBookingsAsync(Accounts.Organization organization, params BookingRow[] bookings)
    {
        await using var connection = await OpenAsTenantAsync(organization);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var b in bookings)
        {
            var command = new NpgsqlBatchCommand("""
                WITH occurrence AS (
                    INSERT INTO group_occurrences (id, tenant_id, offering_id, provider_id, starts_at, created_at)
                    SELECT gen_random_uuid(), current_setting('app.tenant_id')::uuid, $1, $2, $3, now() WHERE $10
                    ON CONFLICT (tenant_id, offering_id, provider_id, starts_at) DO UPDATE SET created_at = group_occurrences.created_at
                    RETURNING id)
                INSERT INTO bookings (id, tenant_id, offering_id, provider_id, guest_email, starts_at, ends_at, blocked_from, blocked_until, seats, status, hold_expires_at, created_at, occurrence_id)
                VALUES (gen_random_uuid(), current_setting('app.tenant_id')::uuid, $1, $2, 'guest@example.test', $3, $4, $5, $6, $7, $8, $9, now(), (SELECT id FROM occurrence))
                """);
            var end = b.Start.AddMinutes(b.Minutes);
            command.Parameters.Add(new NpgsqlParameter { Value = Id(b.OfferingId, "Offering") });
            command.Parameters.Add(new NpgsqlParameter { Value = Id(b.ProviderId, "Provider") });
            command.Parameters.Add(new NpgsqlParameter { Value = b.Start.ToUniversalTime() });
            command.Parameters.Add(new NpgsqlParameter { Value = end.ToUniversalTime() });
            command.Parameters.Add(new NpgsqlParameter { Value = b.Start.AddMinutes(-b.BufferBeforeMinutes).ToUniversalTime() });
            command.Parameters.Add(new NpgsqlParameter { Value = end.AddMinutes(b.BufferAfterMinutes).ToUniversalTime() });
            command.Parameters.Add(new NpgsqlParameter { Value = b.Seats });
            command.Parameters.Add(new NpgsqlParameter { Value = b.Status });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)b.HoldExpiresAt?.ToUniversalTime() ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter { Value = b.Group });
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync();
    }

    /// <summary>Writes busy intervals as calendar sync will.</summary>
    public async Task InsertBusyAsync(Accounts.Organization organization, string providerId, DateTimeOffset start, DateTimeOffset end)
    {
        await using var connection = await OpenAsTenantAsync(organization);
        await using var command = new NpgsqlCommand(
            "INSERT INTO busy_intervals (id, tenant_id, provider_id, starts_at, ends_at, source) VALUES (gen_random_uuid(), current_setting('app.tenant_id')::uuid, $1, $2, $3, 'google')", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = Id(providerId, "Provider") });
        command.Parameters.Add(new NpgsqlParameter { Value = start.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter { Value = end.ToUniversalTime() });
        await command.ExecuteNonQueryAsync();
    }

    public static Guid Id(string globalId, string typeName) =>
        GlobalId.TryDecode(globalId, typeName) ?? throw new ArgumentException($"{globalId} is not a {typeName} id.");

    private Task<NpgsqlConnection> OpenAsTenantAsync(Accounts.Organization organization) =>
        app.Database.OpenAsTenantAsync(Id(organization.Id, "Organization"));
}
