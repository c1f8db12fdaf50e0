using System.Net;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests;

/// <summary>A host that caches the tenant registry for five minutes, known and unknown slugs alike.</summary>
public sealed class CachedTenantsApp : PlatformApp
{
    public CachedTenantsApp()
    {
        Set("Jobs:Enabled", "false");
        Set("Tenancy:CacheSeconds", "300");
        Set("Tenancy:UnknownCacheSeconds", "300");
    }
}

public sealed class TenantCacheTests(CachedTenantsApp app) : IClassFixture<CachedTenantsApp>
{
    [Fact]
    public async Task An_organization_created_just_after_its_slug_was_asked_for_answers_at_once_instead_of_a_cached_404()
    {
        var accounts = new Accounts(app);
        var owner = await accounts.SignUpAsync();
        var slug = "late-" + Guid.NewGuid().ToString("N")[..10];
        Assert.Equal(HttpStatusCode.NotFound, (await accounts.GraphQL.SendAsync("{ __typename }", tenant: slug)).Status);

        var created = await accounts.GraphQL.SendAsync(
            "mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } userErrors { code } } }",
            new { input = new { name = "Late", slug, timeZone = "UTC", currency = "USD" } }, owner.Token);
        Assert.Empty(created.Get("createOrganization.userErrors").AsArray());

        var page = await accounts.GraphQL.SendAsync("{ organization { slug } }", tenant: slug);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(slug, page.Get("organization.slug").GetValue<string>());
    }
}
