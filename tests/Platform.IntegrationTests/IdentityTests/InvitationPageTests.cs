using System.Net;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.IdentityTests;

/// <summary>Issue 15: the page the invitation email links to, /t/{slug}/invitations/accept?token=….</summary>
[Collection(PlatformCollection.Name)]
public sealed class InvitationPageTests(PlatformApp app)
{
    private readonly Accounts _accounts = new(app);

    [Fact]
    public async Task The_invitee_reads_the_invitation_signs_in_through_the_page_and_accepts_it()
    {
        var org = await _accounts.CreateOrganizationAsync();
        var email = $"invitee-{Guid.NewGuid():N}@example.test";
        var path = await InviteAsync(org, email);
        using var browser = Browser();

        var anonymous = await browser.GetAsync(path);
        var page = await anonymous.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Contains("Org " + org.Slug, page, StringComparison.Ordinal);
        Assert.Contains("as PROVIDER", page, StringComparison.Ordinal);
        var signIn = "/account/login?returnUrl=" + Uri.EscapeDataString(path);
        Assert.Contains(WebUtility.HtmlEncode(signIn), page, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", page, StringComparison.Ordinal);

        var person = await _accounts.SignUpAsync(email);
        using var login = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email, ["password"] = Accounts.Password, ["returnUrl"] = path,
        }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(path, login.Headers.Location!.OriginalString);

        var signedIn = await (await browser.GetAsync(path)).Content.ReadAsStringAsync();
        Assert.Contains("Accept and join", signedIn, StringComparison.Ordinal);
        using var accepted = await browser.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = Mailbox.TokenOf(path) }));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains("You are now a member", await accepted.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var viewer = await _accounts.GraphQL.SendAsync("{ viewer { membership { staffRole } } }", token: person.Token, tenant: org.Slug);
        Assert.Equal("PROVIDER", viewer.Get("viewer.membership.staffRole").GetValue<string>());
        // Used: the link is no longer valid.
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_wrong_or_foreign_token_is_a_404_page_and_a_post_without_sign_in_or_from_another_site_accepts_nothing()
    {
        var org = await _accounts.CreateOrganizationAsync();
        var other = await _accounts.CreateOrganizationAsync();
        var path = await InviteAsync(org, $"invitee-{Guid.NewGuid():N}@example.test");
        using var browser = Browser();

        foreach (var wrong in new[] { $"/t/{org.Slug}/invitations/accept?token=abc", $"/t/{org.Slug}/invitations/accept",
                     path.Replace(org.Slug, other.Slug, StringComparison.Ordinal) })
        {
            using var response = await browser.GetAsync(wrong);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("Invitation not valid", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var form = new Dictionary<string, string> { ["token"] = Mailbox.TokenOf(path) };
        using (var anonymous = await browser.PostAsync(path, new FormUrlEncodedContent(form)))
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("Origin", "https://evil.example");
        using (var crossSite = await browser.SendAsync(request))
            Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(path)).StatusCode);
    }

    private async Task<string> InviteAsync(Accounts.Organization org, string email)
    {
        var invited = await _accounts.GraphQL.SendAsync(
            "mutation($email: String!) { inviteMember(input: { email: $email, staffRole: PROVIDER }) { invitation { id } userErrors { code } } }",
            new { email }, org.Owner.Token, org.Slug);
        Assert.Empty(invited.Get("inviteMember.userErrors").AsArray());
        return new Uri(Mailbox.LatestLink(app, email, $"/t/{org.Slug}/invitations/accept")).PathAndQuery;
    }

    private HttpClient Browser() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = app.BaseAddress };
}
