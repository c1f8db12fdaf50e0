using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;

namespace Platform.Api.Identity;

/// <summary>
/// The sign-in page of the authorization-code flow: a plain form, no JavaScript. It signs the user
/// into a short-lived cookie and returns to /connect/authorize, which issues the code.
/// </summary>
internal static partial class LoginPage
{
    public static IEndpointRouteBuilder MapLoginPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/account/login", (string? returnUrl) => Page(returnUrl, null));
        app.MapPost("/account/login", (Delegate)PostAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> PostAsync(HttpContext context, SignInManager<User> signIn, PasswordSignIn passwords)
    {
        var form = await context.Request.ReadFormAsync();
        var returnUrl = form["returnUrl"].ToString();
        var outcome = await passwords.CheckAsync(form["email"].ToString(), form["password"].ToString(), context.Connection.RemoteIpAddress);
        if (outcome is PasswordSignIn.Throttled throttled)
        {
            var seconds = PasswordSignIn.SetRetryAfter(context.Response, throttled);
            var minutes = (int)Math.Ceiling(seconds / 60.0);
            var wait = $"Too many wrong passwords from your address; try again in {minutes} minute(s).";
            return Page(returnUrl, wait, StatusCodes.Status429TooManyRequests);
        }

        if (outcome is not PasswordSignIn.SignedIn signedIn) return Page(returnUrl, "The email or password is incorrect.");

        await signIn.SignInAsync(signedIn.User, isPersistent: false);
        // Only local authorize URLs and invitation pages: an open redirect here would hand codes to anyone.
        return Results.Redirect(IsLocalAuthorizeUrl(returnUrl) || IsInvitationUrl(returnUrl) ? returnUrl : "/");
    }

    internal static bool IsLocalAuthorizeUrl(string? url) =>
        url is not null && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
            && url.Contains("/connect/authorize", StringComparison.Ordinal);

    /// <summary>An organization's invitation page, /t/{slug}/invitations/accept?token=…, which asks to sign in first.</summary>
    internal static bool IsInvitationUrl(string? url) => url is not null && InvitationUrl().IsMatch(url);

    [GeneratedRegex(@"^/t/[a-z0-9][a-z0-9-]*/invitations/accept\?token=[0-9a-f]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex InvitationUrl();

    private static IResult Page(string? returnUrl, string? error, int statusCode = StatusCodes.Status200OK) =>
        HtmlPage.Render("Sign in", $"""
            {HtmlPage.Alert(error)}
            <form method="post" action="/account/login">
              <input type="hidden" name="returnUrl" value="{HtmlPage.Encode(returnUrl)}">
              <label>Email <input name="email" type="email" autocomplete="username" required></label>
              <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
              <button type="submit">Sign in</button>
            </form>
            <p><a href="/account/reset">Forgot your password?</a></p>
            """, statusCode);
}
