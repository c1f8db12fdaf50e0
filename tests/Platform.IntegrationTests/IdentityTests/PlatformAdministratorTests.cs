using System.Net;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.IdentityTests;

/// <summary>Issue 13, item 2: only a listed email that its account has confirmed makes a platform administrator.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PlatformAdministratorTests(PlatformApp app)
{
    // Passing the administrator check, it stops at NOT_CONNECTED: the organization has no Stripe account.
    private const string SetFee = "mutation { setPlatformFee(basisPoints: 700, fixedAmount: 0) { userErrors { code } } }";
    private readonly Accounts _accounts = new(app);

    [Fact]
    public async Task A_listed_address_administers_the_platform_and_opens_the_jobs_dashboard_only_once_confirmed()
    {
        var org = await _accounts.CreateOrganizationAsync();
        var admin = await _accounts.SignUpAsync(PlatformApp.UnconfirmedAdministrator);
        Assert.Equal("FORBIDDEN", await SetFeeAsync(admin, org));
        Assert.NotEqual(HttpStatusCode.OK, await DashboardAsync(admin));

        await _accounts.ConfirmEmailAsync(admin);
        Assert.Equal("NOT_CONNECTED", await SetFeeAsync(admin, org));
        Assert.Equal(HttpStatusCode.OK, await DashboardAsync(admin));
    }

    [Fact]
    public async Task The_demo_owner_is_no_administrator_outside_Development_even_with_a_confirmed_email()
    {
        var org = await _accounts.CreateOrganizationAsync();
        var demoOwner = await _accounts.SignUpAsync("owner@demo.test");
        await _accounts.ConfirmEmailAsync(demoOwner);
        Assert.Equal("FORBIDDEN", await SetFeeAsync(demoOwner, org));
        Assert.NotEqual(HttpStatusCode.OK, await DashboardAsync(demoOwner));
    }

    private async Task<string?> SetFeeAsync(Accounts.Person person, Accounts.Organization org) =>
        Bookings.ErrorCode(await _accounts.GraphQL.SendAsync(SetFee, null, person.Token, org.Slug), "setPlatformFee");

    /// <summary>Signs in through the browser sign-in page (its cookie is what the dashboard reads) and opens /hangfire.</summary>
    private async Task<HttpStatusCode> DashboardAsync(Accounts.Person person)
    {
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = cookies })
        {
            BaseAddress = app.BaseAddress,
        };
        using var login = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = person.Email, ["password"] = Accounts.Password, ["returnUrl"] = "/",
        }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        using var dashboard = await browser.GetAsync("/hangfire");
        return dashboard.StatusCode;
    }
}
