using System.Net;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.IdentityTests;

/// <summary>Issue 13, item 16: signing up tells a stranger nothing about which emails already have accounts.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SignUpEnumerationTests(PlatformApp app)
{
    private const string SignUp = "mutation($i: SignUpInput!) { signUp(input: $i) { user { id } userErrors { code field message } } }";
    private readonly Accounts _accounts = new(app);

    [Fact]
    public async Task Signing_up_with_a_taken_email_answers_like_a_fresh_sign_up_and_tells_the_owner_instead()
    {
        var owner = await _accounts.SignUpAsync();
        const string StrangersPassword = "an-attackers-pass-1";
        var fresh = await SignUpAsync($"new-{Guid.NewGuid():N}@example.test", StrangersPassword);
        var taken = await SignUpAsync(owner.Email, StrangersPassword);

        Assert.Equal(fresh.Status, taken.Status);
        Assert.Equal(fresh.Body!.ToJsonString(), taken.Body!.ToJsonString());
        const string Notice = "Someone tried to sign up with your address";
        Assert.Contains(Mailbox.To(app, owner.Email), mail => mail.Contains(Notice, StringComparison.Ordinal));
        // Nothing changed for the owner: their password still works, the stranger's does not.
        Assert.NotEmpty(await _accounts.TokenAsync(owner.Email, Accounts.Password));
        using var attacker = await TokenRequestAsync(app.Http(), owner.Email, StrangersPassword);
        Assert.Equal(HttpStatusCode.BadRequest, attacker.StatusCode);
    }

    [Fact]
    public async Task A_weak_password_is_refused_alike_for_a_taken_email_and_a_fresh_one()
    {
        var owner = await _accounts.SignUpAsync();
        var fresh = await SignUpAsync($"new-{Guid.NewGuid():N}@example.test", "short");
        var taken = await SignUpAsync(owner.Email, "short");
        Assert.Equal("WEAK_PASSWORD", Bookings.ErrorCode(taken, "signUp"));
        Assert.Equal(fresh.Body!.ToJsonString(), taken.Body!.ToJsonString());
    }

    private static Task<HttpResponseMessage> TokenRequestAsync(HttpClient client, string email, string password) =>
        client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "platform-dev", ["username"] = email, ["password"] = password, ["scope"] = "api",
        }));

    private Task<GraphQLClient.Response> SignUpAsync(string email, string password) =>
        _accounts.GraphQL.SendAsync(SignUp, new { i = new { email, password, displayName = "Someone" } });
}
