using Platform.Api.GraphQL.Relay;
using Platform.Benchmarks.Infrastructure;

namespace Platform.Benchmarks.Slots;

/// <summary>
/// One organization (America/New_York) with <see cref="ProviderCount"/> providers who all work
/// 09:00–17:00 every day in America/New_York, and two one-to-one 30-minute offerings delivered by all
/// of them: "Consult" (no buffers, the one whose slots are measured) and "Extended consult" (15-minute
/// buffers either side; some seeded bookings belong to it, so their blocked span is wider).
/// Built through the public API, as a real organization would be.
/// </summary>
public sealed record SlotsFixture(string Slug, Guid TenantId, string OfferingId, string BufferedOfferingId, IReadOnlyList<string> ProviderIds)
{
    public const string Zone = "America/New_York";
    public const int ProviderCount = 20;
    public const string DayStart = "09:00";
    public const string DayEnd = "17:00";
    public const int SessionMinutes = 30;
    public const int BufferMinutes = 15;

    private static readonly string[] EveryDay = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];

    /// <summary>Creates the organization; <paramref name="label"/> names it (slug <c>bench-{label}-…</c>).</summary>
    public static async Task<SlotsFixture> CreateAsync(Accounts accounts, string label, CancellationToken cancellationToken)
    {
        var run = label + "-" + Guid.NewGuid().ToString("N")[..8];
        var ownerEmail = $"owner-{run}@bench.test";
        await accounts.SignUpAsync(ownerEmail, cancellationToken);
        var token = await accounts.TokenAsync(ownerEmail, cancellationToken);

        var slug = "bench-" + run;
        var organization = await accounts.SendAsync(
            "mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id slug } userErrors { code message } } }",
            new { input = new { name = "Bench " + run, slug, timeZone = Zone, currency = "USD" } }, token, null, "createOrganization", cancellationToken);
        var tenantId = GlobalId.TryDecode(organization["organization"]!["id"]!.GetValue<string>(), "Organization")
            ?? throw new InvalidOperationException("createOrganization returned no organization id.");

        var providers = new List<string>();
        for (var i = 0; i < ProviderCount; i++)
        {
            var email = $"provider-{i:00}-{run}@bench.test";
            await accounts.SignUpAsync(email, cancellationToken);
            var membership = await accounts.SendAsync(
                "mutation($input: MemberInput!) { addMember(input: $input) { membership { id } userErrors { code message } } }",
                new { input = new { email, staffRole = "PROVIDER", customerRoles = Array.Empty<string>() } }, token, slug, "addMember", cancellationToken);
            var provider = await accounts.SendAsync(
                "mutation($input: SetProviderScheduleInput!) { setProviderSchedule(input: $input) { provider { id } userErrors { code message } } }",
                new
                {
                    input = new
                    {
                        membershipId = membership["membership"]!["id"]!.GetValue<string>(),
                        timeZone = Zone,
                        weeklyHours = EveryDay.Select(d => new { dayOfWeek = d, start = DayStart, end = DayEnd }),
                    },
                }, token, slug, "setProviderSchedule", cancellationToken);
            providers.Add(provider["provider"]!["id"]!.GetValue<string>());
        }

        var offering = await CreateOfferingAsync(accounts, token, slug, new { name = "Consult", durationsMinutes = new[] { SessionMinutes }, providerIds = providers }, cancellationToken);
        var buffered = await CreateOfferingAsync(accounts, token, slug,
            new { name = "Extended consult", durationsMinutes = new[] { SessionMinutes }, bufferBeforeMinutes = BufferMinutes, bufferAfterMinutes = BufferMinutes, providerIds = providers },
            cancellationToken);
        return new SlotsFixture(slug, tenantId, offering, buffered, providers);
    }

    public Guid ProviderGuid(int index) => GlobalId.TryDecode(ProviderIds[index], "Provider")!.Value;

    public static Guid OfferingGuid(string offeringId) => GlobalId.TryDecode(offeringId, "Offering")!.Value;

    private static async Task<string> CreateOfferingAsync(Accounts accounts, string token, string slug, object input, CancellationToken cancellationToken)
    {
        var payload = await accounts.SendAsync(
            "mutation($input: OfferingInput!) { createOffering(input: $input) { offering { id } userErrors { code field message } } }",
            new { input }, token, slug, "createOffering", cancellationToken);
        return payload["offering"]!["id"]!.GetValue<string>();
    }
}
