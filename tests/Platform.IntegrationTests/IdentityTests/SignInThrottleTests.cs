using System.Diagnostics;
using System.Net;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.IdentityTests;

/// <summary>
/// Issue 13, item 16: a stranger's wrong passwords slow down only the stranger, never locking the owner out,
/// and the token endpoint's timing does not tell which emails have accounts.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SignInThrottleTests(PlatformApp app)
{
    private readonly Accounts _accounts = new(app);

    [Fact]
    public async Task Ten_wrong_passwords_from_one_address_slow_down_that_address_and_not_the_owner_elsewhere()
    {
        var person = await _accounts.SignUpAsync();
        using var attacker = app.HttpFrom(PlatformApp.NewClientAddress());
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            using var wrong = await TokenRequestAsync(attacker, person.Email, $"wrong-password-{i}");
            statuses.Add(wrong.StatusCode);
        }

        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.BadRequest or HttpStatusCode.TooManyRequests, s.ToString()));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);

        using var owner = app.HttpFrom(PlatformApp.NewClientAddress());
        using (var signedIn = await TokenRequestAsync(owner, person.Email, Accounts.Password))
            Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);

        using var slowed = await TokenRequestAsync(attacker, person.Email, Accounts.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, slowed.StatusCode);
        Assert.True(slowed.Headers.RetryAfter?.Delta > TimeSpan.Zero, slowed.Headers.RetryAfter?.ToString());
    }

    [Fact]
    public async Task The_sign_in_page_throttles_wrong_passwords_per_address_and_account_alike()
    {
        var person = await _accounts.SignUpAsync();
        using var attacker = app.HttpFrom(PlatformApp.NewClientAddress());
        HttpStatusCode last = default;
        for (var i = 0; i < 10; i++)
        {
            using var wrong = await attacker.PostAsync("/account/login", LoginForm(person.Email, $"wrong-password-{i}"));
            last = wrong.StatusCode;
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last);
        using var slowed = await attacker.PostAsync("/account/login", LoginForm(person.Email, Accounts.Password));
        Assert.Equal(HttpStatusCode.TooManyRequests, slowed.StatusCode);
        Assert.True(slowed.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        using var owner = app.HttpFrom(PlatformApp.NewClientAddress());
        using var signedIn = await owner.PostAsync("/account/login", LoginForm(person.Email, Accounts.Password));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task The_token_endpoint_takes_about_as_long_for_an_unknown_email_as_for_a_known_one()
    {
        var person = await _accounts.SignUpAsync();
        var known = new List<TimeSpan>();
        var unknown = new List<TimeSpan>();
        // Interleaved, each from its own address (wrong passwords count per address and account).
        for (var i = 0; i < 6; i++)
        {
            known.Add(await TimeAsync(person.Email));
            unknown.Add(await TimeAsync($"nobody-{Guid.NewGuid():N}@example.test"));
        }

        // Without the dummy hash an unknown email skips the ~100 ms password hash and answers many times faster.
        var (knownMedian, unknownMedian) = (Median(known), Median(unknown));
        Assert.True(unknownMedian > knownMedian * 0.5,
            $"known {knownMedian.TotalMilliseconds} ms, unknown {unknownMedian.TotalMilliseconds} ms");
    }

    private async Task<TimeSpan> TimeAsync(string email)
    {
        using var client = app.HttpFrom(PlatformApp.NewClientAddress());
        using (await client.GetAsync("/health/live")) { } // connect first: time the sign-in, not the TCP handshake
        var watch = Stopwatch.StartNew();
        using var response = await TokenRequestAsync(client, email, "wrong-password-0");
        watch.Stop();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return watch.Elapsed;
    }

    private static TimeSpan Median(List<TimeSpan> values) => values.Order().ElementAt(values.Count / 2);

    private static Task<HttpResponseMessage> TokenRequestAsync(HttpClient client, string email, string password) =>
        client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "platform-dev", ["username"] = email, ["password"] = password, ["scope"] = "api",
        }));

    private static FormUrlEncodedContent LoginForm(string email, string password) =>
        new(new Dictionary<string, string> { ["email"] = email, ["password"] = password, ["returnUrl"] = "/" });
}
