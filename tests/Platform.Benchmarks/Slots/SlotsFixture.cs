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

    /// <summary>Creates the organization (its slug is random; <paramref name="label"/> names it in its owner's email).</summary>
    public static async Task<SlotsFixture> CreateAsync(Accounts accounts, Catalog catalog, string label)
    {
        var run = label + "-" + Guid.NewGuid().ToString("N")[..8];
        var owner = await accounts.SignUpAsync($"owner-{run}@bench.test");
        var organization = await accounts.CreateOrganizationAsync(owner, timeZone: Zone, currency: "USD");

        var providers = new List<string>();
        for (var i = 0; i < ProviderCount; i++) providers.Add(await catalog.CreateProviderAsync(organization, Zone, DayStart, DayEnd));

        var offering = await catalog.CreateOfferingAsync(organization, new { name = "Consult", durationsMinutes = new[] { SessionMinutes }, providerIds = providers });
        var buffered = await catalog.CreateOfferingAsync(organization,
            new { name = "Extended consult", durationsMinutes = new[] { SessionMinutes }, bufferBeforeMinutes = BufferMinutes, bufferAfterMinutes = BufferMinutes, providerIds = providers });
        return new SlotsFixture(organization.Slug, Catalog.Id(organization.Id, "Organization"), offering, buffered, providers);
    }

    public Guid ProviderGuid(int index) => Catalog.Id(ProviderIds[index], "Provider");

    public static Guid OfferingGuid(string offeringId) => Catalog.Id(offeringId, "Offering");
}
