using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Platform.Api.Identity;

/// <summary>
/// Checks an email and password for /connect/token (password grant) and the /account/login page.
/// Wrong passwords are throttled per (client address, account), never counted against the account
/// itself: a stranger who guesses slows down only themselves, and the owner signs in from anywhere else.
/// Unknown emails cost a password hash too, so response times do not tell which emails have accounts.
/// </summary>
public sealed class PasswordSignIn(UserManager<User> users, Throttle throttle, IOptions<PlatformIdentityOptions> options)
{
    private static string? _dummyHash;

    public abstract record Outcome;

    public sealed record SignedIn(User User) : Outcome;

    public sealed record Refused : Outcome;

    /// <summary>Too many wrong passwords from this address for this account: wait <paramref name="RetryAfter"/>.</summary>
    public sealed record Throttled(TimeSpan RetryAfter) : Outcome;

    public async Task<Outcome> CheckAsync(string? email, string? password, IPAddress? client)
    {
        var settings = options.Value;
        var key = $"sign-in:{client}|{(email ?? "").Trim().ToLowerInvariant()}";
        if (throttle.Blocked(key, settings.SignInFailuresAllowed) is { } wait) return new Throttled(wait);

        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        bool valid;
        if (user is null)
        {
            var dummy = new User();
            _dummyHash ??= users.PasswordHasher.HashPassword(dummy, Guid.NewGuid().ToString());
            users.PasswordHasher.VerifyHashedPassword(dummy, _dummyHash, password ?? "");
            valid = false;
        }
        else
        {
            // LockoutEnd is only ever set by hand now; wrong passwords no longer set it (see the class summary).
            valid = !await users.IsLockedOutAsync(user) && await users.CheckPasswordAsync(user, password ?? "");
        }

        if (!valid)
        {
            throttle.Count(key, settings.ThrottleWindow);
            return new Refused();
        }

        throttle.Clear(key);
        return new SignedIn(user!);
    }

    /// <summary>Sets <c>Retry-After</c> for a throttled answer and returns its seconds.</summary>
    public static int SetRetryAfter(HttpResponse response, Throttled throttled)
    {
        var seconds = Throttle.Seconds(throttled.RetryAfter);
        response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return seconds;
    }
}
