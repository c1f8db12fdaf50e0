using Microsoft.Extensions.Options;
using Platform.Api.GraphQL.Errors;

namespace Platform.Api.Identity;

/// <summary>
/// How often account emails may be asked for (per recipient address and per client address) and how many
/// wrong emailed tokens one client address may present. Wrong tokens are not counted per recipient: that
/// would let a stranger block the owner's own link, and the 256-bit tokens cannot be guessed anyway.
/// </summary>
public sealed class AccountLimits(Throttle throttle, IOptions<PlatformIdentityOptions> options, IHttpContextAccessor http)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    /// <summary>The caller's network address: the key for everything counted per client.</summary>
    public string Client => http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>
    /// Counts one email to <paramref name="email"/> asked for by this client, or says why not. Counted the same
    /// whether or not the address has an account, so the answer tells nothing about that.
    /// </summary>
    public UserError? TakeRequestedEmail(string email)
    {
        var settings = options.Value;
        var wait = throttle.Blocked(AddressKey(email), settings.AccountEmailsPerHourPerAddress)
            ?? throttle.Blocked(ClientKey, settings.AccountEmailsPerHourPerClient);
        if (wait is { } w) return new UserError("RATE_LIMITED", $"Too many emails were asked for; try again in {Minutes(w)}.", "email");
        throttle.Count(AddressKey(email), Hour);
        throttle.Count(ClientKey, Hour);
        return null;
    }

    /// <summary>
    /// For emails nobody asked for by name (the confirmation after signUp, the notice about a second signUp):
    /// true when <paramref name="email"/> may receive one more this hour. Refusals are silent, so signUp
    /// answers the same either way.
    /// </summary>
    public bool TakeUnrequestedEmail(string email)
    {
        if (throttle.Blocked(AddressKey(email), options.Value.AccountEmailsPerHourPerAddress) is not null) return false;
        throttle.Count(AddressKey(email), Hour);
        return true;
    }

    /// <summary>A user error when this client presented too many wrong tokens lately.</summary>
    public UserError? TokensBlocked() =>
        throttle.Blocked(TokenKey, options.Value.TokenFailuresAllowed) is { } wait
            ? new UserError("RATE_LIMITED", $"Too many invalid links were tried from your address; try again in {Minutes(wait)}.", "token")
            : null;

    public void TokenFailed() => throttle.Count(TokenKey, options.Value.ThrottleWindow);

    private string ClientKey => "mail-client:" + Client;

    private string TokenKey => "token-client:" + Client;

    private static string AddressKey(string email) => "mail:" + email;

    private static string Minutes(TimeSpan wait) => wait.TotalMinutes <= 1 ? "a minute" : $"{Math.Ceiling(wait.TotalMinutes)} minutes";
}
