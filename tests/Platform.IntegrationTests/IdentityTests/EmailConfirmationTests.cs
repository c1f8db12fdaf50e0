using System.Net;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.IdentityTests;

/// <summary>Issue 13, item 1: an account proves it owns its email through a single-use, expiring, rate-limited emailed link.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EmailConfirmationTests(PlatformApp app)
{
    private const string Confirm =
        "mutation($i: ConfirmEmailInput!) { confirmEmail(input: $i) { emailConfirmed userErrors { code field message } } }";
    private const string Resend =
        "mutation($i: AccountEmailInput!) { resendConfirmationEmail(input: $i) { userErrors { code field message } } }";
    // Each test from its own client address: wrong tokens are counted per address for the whole run (the fuzz test
    // presents many), and this test's own counts must not depend on what ran before it.
    private readonly Accounts _accounts = new(app, app.HttpFrom(PlatformApp.NewClientAddress()));

    [Fact]
    public async Task A_new_account_stays_unconfirmed_until_its_emailed_link_is_opened_and_the_link_works_once()
    {
        var person = await _accounts.SignUpAsync();
        Assert.False(await ConfirmedAsync(person));

        var link = Mailbox.LatestLink(app, person.Email, "/account/confirm");
        Assert.StartsWith(app.BaseAddress.ToString(), link, StringComparison.Ordinal);
        using var http = app.HttpFrom(PlatformApp.NewClientAddress());
        using (var page = await http.GetAsync(link))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("Email confirmed", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.True(await ConfirmedAsync(person));
        using var again = await http.GetAsync(link);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("invalid, already used or expired", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mutation_confirms_with_the_newest_emailed_token_and_refuses_wrong_and_replaced_ones()
    {
        var person = await _accounts.SignUpAsync();
        var first = Mailbox.TokenOf(Mailbox.LatestLink(app, person.Email, "/account/confirm"));

        var wrong = await _accounts.GraphQL.SendAsync(Confirm, new { i = new { email = person.Email, token = first[..^2] + "xx" } });
        Assert.Equal("INVALID_TOKEN", Bookings.ErrorCode(wrong, "confirmEmail"));

        var resent = await _accounts.GraphQL.SendAsync(Resend, new { i = new { email = person.Email } });
        Assert.Null(Bookings.ErrorCode(resent, "resendConfirmationEmail"));
        var second = Mailbox.TokenOf(Mailbox.LatestLink(app, person.Email, "/account/confirm"));
        Assert.NotEqual(first, second);

        var replaced = await _accounts.GraphQL.SendAsync(Confirm, new { i = new { email = person.Email, token = first } });
        Assert.False(replaced.Get("confirmEmail.emailConfirmed").GetValue<bool>());

        // Emails are matched without regard to case, as everywhere else.
        var shouted = person.Email.ToUpperInvariant();
        var confirmed = await _accounts.GraphQL.SendAsync(Confirm, new { i = new { email = shouted, token = second } });
        Assert.True(confirmed.Get("confirmEmail.emailConfirmed").GetValue<bool>());
        Assert.True(await ConfirmedAsync(person));
    }

    [Fact]
    public async Task A_confirmation_link_expires_after_its_lifetime()
    {
        var person = await _accounts.SignUpAsync();
        var token = Mailbox.TokenOf(Mailbox.LatestLink(app, person.Email, "/account/confirm"));
        using (app.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1)))
        {
            var late = await _accounts.GraphQL.SendAsync(Confirm, new { i = new { email = person.Email, token } });
            Assert.Equal("INVALID_TOKEN", Bookings.ErrorCode(late, "confirmEmail"));
        }

        Assert.False(await ConfirmedAsync(person));
    }

    [Fact]
    public async Task Asking_for_confirmation_emails_too_often_is_refused_with_a_clear_error_per_address_and_per_client()
    {
        // Per address: the sign-up's own email plus four more make the hour's five.
        var person = await _accounts.SignUpAsync();
        var client = new GraphQLClient(app.HttpFrom(PlatformApp.NewClientAddress()));
        for (var i = 0; i < 4; i++)
        {
            var asked = await client.SendAsync(Resend, new { i = new { email = person.Email } });
            Assert.Null(Bookings.ErrorCode(asked, "resendConfirmationEmail"));
        }

        var perAddress = await client.SendAsync(Resend, new { i = new { email = person.Email } });
        Assert.Equal("RATE_LIMITED", Bookings.ErrorCode(perAddress, "resendConfirmationEmail"));
        var message = perAddress.Get("resendConfirmationEmail.userErrors").AsArray()[0]!["message"]!.GetValue<string>();
        Assert.Contains("try again in", message, StringComparison.Ordinal);

        // Per client: twenty addresses an hour from one client address, whoever they are.
        var busy = new GraphQLClient(app.HttpFrom(PlatformApp.NewClientAddress()));
        for (var i = 0; i < 20; i++)
        {
            var asked = await busy.SendAsync(Resend, new { i = new { email = $"nobody-{Guid.NewGuid():N}@example.test" } });
            Assert.Null(Bookings.ErrorCode(asked, "resendConfirmationEmail"));
        }

        var perClient = await busy.SendAsync(Resend, new { i = new { email = $"nobody-{Guid.NewGuid():N}@example.test" } });
        Assert.Equal("RATE_LIMITED", Bookings.ErrorCode(perClient, "resendConfirmationEmail"));
    }

    [Fact]
    public async Task A_client_that_tries_many_wrong_tokens_is_stopped_while_the_owner_still_confirms_from_elsewhere()
    {
        var person = await _accounts.SignUpAsync();
        var guesser = new GraphQLClient(app.HttpFrom(PlatformApp.NewClientAddress()));
        for (var i = 0; i < 10; i++)
        {
            var guess = await guesser.SendAsync(Confirm, new { i = new { email = person.Email, token = Guid.NewGuid().ToString("N") } });
            Assert.Equal("INVALID_TOKEN", Bookings.ErrorCode(guess, "confirmEmail"));
        }

        var token = Mailbox.TokenOf(Mailbox.LatestLink(app, person.Email, "/account/confirm"));
        var stopped = await guesser.SendAsync(Confirm, new { i = new { email = person.Email, token } });
        Assert.Equal("RATE_LIMITED", Bookings.ErrorCode(stopped, "confirmEmail"));

        var owner = await _accounts.GraphQL.SendAsync(Confirm, new { i = new { email = person.Email, token } });
        Assert.True(owner.Get("confirmEmail.emailConfirmed").GetValue<bool>());
    }

    private async Task<bool> ConfirmedAsync(Accounts.Person person)
    {
        var viewer = await _accounts.GraphQL.SendAsync("{ viewer { user { emailConfirmed } } }", token: person.Token);
        return viewer.Get("viewer.user.emailConfirmed").GetValue<bool>();
    }
}
